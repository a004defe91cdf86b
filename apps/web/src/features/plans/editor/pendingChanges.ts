import type { WebsocketProvider } from 'y-websocket';
import type * as Y from 'yjs';

/** How long the document must stay quiet before its last local change counts as delivered. */
export const settleMs = 400;

/**
 * Tracks whether local edits may still be on their way to the server. y-websocket has no
 * acknowledgements, so an edit counts as delivered once the connection is synced, the socket's
 * send buffer is empty and no further local change came for `settleMs`. Edits made while
 * disconnected stay pending until the next sync, whose exchange sends them.
 */
export function trackPendingChanges(
  doc: Y.Doc,
  provider: WebsocketProvider,
  /** Origins of changes that came from elsewhere (the server, the IndexedDB copy). */
  remoteOrigins: readonly unknown[],
  onChange: (hasPendingChanges: boolean) => void,
): { settle: () => void; stop: () => void } {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const settle = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      if (!provider.wsconnected) return; // the next sync calls settle() again
      if (provider.synced && provider.ws?.bufferedAmount === 0) onChange(false);
      else settle();
    }, settleMs);
  };
  const onUpdate = (_update: Uint8Array, origin: unknown) => {
    if (remoteOrigins.includes(origin)) return;
    onChange(true);
    settle();
  };
  doc.on('update', onUpdate);
  return {
    settle,
    stop: () => {
      clearTimeout(timer);
      doc.off('update', onUpdate);
    },
  };
}
