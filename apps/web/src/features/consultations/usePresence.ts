import { useCallback, useEffect, useState } from 'react';
import type { PresenceChanged } from '@jumelage/contracts/consultations';
import { useSocketEvent } from '../../lib/socket.ts';
import { ackTimeoutMs } from './socketTransport.ts';
import type { SocketStatus } from './useSocketStatus.ts';

interface Online {
  partnershipId: string;
  userIds: string[];
}

/**
 * Who of the partnership is online: the full list (`presence:list`) after every (re)connect, then
 * each `presence:changed` applied on top (the server orders them after the list's answer).
 */
export function usePresence(partnershipId: string, status: SocketStatus): string[] | null {
  const [online, setOnline] = useState<Online | null>(null);
  const { socket, isConnected, connectCount } = status;

  useEffect(() => {
    if (!socket || !isConnected) return;
    let isCurrent = true;
    socket
      .timeout(ackTimeoutMs)
      .emitWithAck('presence:list', { partnershipId })
      .then(
        (answer) => {
          if (isCurrent && answer.ok) setOnline({ partnershipId, userIds: answer.onlineUserIds });
        },
        () => undefined,
      );
    return () => {
      isCurrent = false;
    };
  }, [socket, isConnected, connectCount, partnershipId]);

  const onChanged = useCallback(
    ({ partnershipId: changed, userId, isOnline }: PresenceChanged) => {
      if (changed !== partnershipId) return;
      setOnline((current) => {
        if (current?.partnershipId !== partnershipId) return current;
        const others = current.userIds.filter((id) => id !== userId);
        return { partnershipId, userIds: isOnline ? [...others, userId].sort() : others };
      });
    },
    [partnershipId],
  );
  useSocketEvent('presence:changed', onChanged);

  // While disconnected nobody's presence is known.
  if (!isConnected || online?.partnershipId !== partnershipId) return null;
  return online.userIds;
}
