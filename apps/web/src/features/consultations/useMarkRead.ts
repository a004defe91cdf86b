import { useEffect, useRef, useSyncExternalStore } from 'react';
import type { ReadMarker } from '@jumelage/contracts/consultations';
import { compareIds } from './messageList.ts';
import { ackTimeoutMs } from './socketTransport.ts';
import type { SocketStatus } from './useSocketStatus.ts';

function subscribeVisibility(onChange: () => void): () => void {
  document.addEventListener('visibilitychange', onChange);
  return () => document.removeEventListener('visibilitychange', onChange);
}

const isDocumentVisible = () => document.visibilityState === 'visible';

interface MarkReadOptions {
  channelId: string;
  /** The newest message the viewer can see (the list is scrolled to the end), if any. */
  visibleId: string | null;
  /** The channel's read marker when it was opened. */
  lastReadId: string | null;
  status: SocketStatus;
  onMarker: (marker: ReadMarker) => void;
}

/** Moves the read marker (`channel:read`) to the newest visible message while the page is shown. */
export function useMarkRead({
  channelId,
  visibleId,
  lastReadId,
  status,
  onMarker,
}: MarkReadOptions) {
  const isVisible = useSyncExternalStore(subscribeVisibility, isDocumentVisible);
  const lastSent = useRef(lastReadId);
  const { socket, isConnected } = status;

  useEffect(() => {
    if (!isVisible || !isConnected || !socket || !visibleId) return;
    const previous = lastSent.current;
    if (previous && compareIds(visibleId, previous) <= 0) return;
    // A short pause, so scrolling through a burst of messages sends one marker, not many.
    const timer = setTimeout(() => {
      lastSent.current = visibleId;
      socket
        .timeout(ackTimeoutMs)
        .emitWithAck('channel:read', { channelId, lastReadId: visibleId })
        .then(
          (answer) => {
            if (answer.ok) onMarker(answer.marker);
            else lastSent.current = previous;
          },
          () => {
            lastSent.current = previous;
          },
        );
    }, 300);
    return () => clearTimeout(timer);
  }, [channelId, visibleId, isVisible, isConnected, socket, onMarker]);
}
