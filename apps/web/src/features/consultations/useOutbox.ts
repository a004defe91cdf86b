import { useEffect, useSyncExternalStore } from 'react';
import type { AppSocket } from '../../lib/socket.ts';
import { createOutbox, type Outbox, type OutboxEntry } from './outbox.ts';
import { createOutboxStore } from './outboxStore.ts';
import { createSocketTransport, type SocketTransport } from './socketTransport.ts';

let shared: { outbox: Outbox; transport: SocketTransport } | null = null;

// One outbox per tab, created on first use. It keeps sending after the consultations tab is left,
// as long as the tab is open and the same user is signed in.
export function sharedOutbox() {
  if (!shared) {
    const transport = createSocketTransport();
    shared = { outbox: createOutbox(createOutboxStore(), transport), transport };
  }
  return shared;
}

/** Starts the signed-in user's outbox (sending what a previous page left) and follows its entries. */
export function useOutbox(
  userId: string,
  socket: AppSocket | null,
): {
  outbox: Outbox;
  entries: OutboxEntry[];
} {
  const { outbox, transport } = sharedOutbox();

  useEffect(() => {
    if (socket) transport.attach(socket, () => void outbox.flush());
    void outbox.open(userId);
  }, [outbox, transport, socket, userId]);

  useEffect(() => {
    const flush = () => void outbox.flush();
    window.addEventListener('online', flush);
    return () => window.removeEventListener('online', flush);
  }, [outbox]);

  const entries = useSyncExternalStore(outbox.subscribe, outbox.entries);
  return { outbox, entries };
}
