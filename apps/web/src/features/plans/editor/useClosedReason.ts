import { useEffect, useState } from 'react';
import type { WebsocketProvider } from 'y-websocket';
import { closedReasonOf, type ClosedReason } from './syncStatus.ts';

/**
 * Why the server ended the plan's connection for good (deleted, access revoked…), or null while
 * it is open or being opened again (after "reconnect").
 */
export function useClosedReason(provider: WebsocketProvider): ClosedReason | null {
  const [reason, setReason] = useState<ClosedReason | null>(null);
  useEffect(() => {
    const onClosed = ({ code }: { code: number }) =>
      setReason(closedReasonOf(code) ?? 'malformedMessage');
    const onStatus = ({ status }: { status: string }) => {
      if (status !== 'disconnected') setReason(null);
    };
    provider.on('closed', onClosed);
    provider.on('status', onStatus);
    return () => {
      provider.off('closed', onClosed);
      provider.off('status', onStatus);
    };
  }, [provider]);
  return reason;
}
