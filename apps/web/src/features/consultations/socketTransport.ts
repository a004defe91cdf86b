import type { AppSocket } from '../../lib/socket.ts';
import type { OutboxTransport, SendOutcome } from './outbox.ts';

/** How long to wait for the server's acknowledgement before treating the send as lost. */
export const ackTimeoutMs = 10_000;

/**
 * Sends outbox messages over the tab's socket (`message:send` with an acknowledgement). Only the
 * socket attached by the signed-in page is used, so a message is never sent on another user's
 * connection after a logout.
 */
export function createSocketTransport() {
  let socket: AppSocket | null = null;
  let onConnect: (() => void) | null = null;

  const transport: OutboxTransport & {
    attach: (next: AppSocket, listener: () => void) => void;
  } = {
    attach(next, listener) {
      if (socket && onConnect) socket.off('connect', onConnect);
      socket = next;
      onConnect = listener;
      next.on('connect', listener);
    },
    async send(entry): Promise<SendOutcome> {
      const current = socket;
      if (!current?.connected) return { kind: 'offline' };
      try {
        const answer = await current.timeout(ackTimeoutMs).emitWithAck('message:send', {
          channelId: entry.channelId,
          clientId: entry.clientId,
          body: entry.body,
        });
        if (answer.ok) return { kind: 'stored', message: answer.message };
        const { code } = answer.error;
        if (code === 'rate_limited') {
          return { kind: 'retryLater', afterMs: (answer.retryAfterSeconds ?? 1) * 1000 };
        }
        if (code === 'internal' || code === 'unavailable') return { kind: 'retryLater' };
        return { kind: 'refused', code };
      } catch {
        // No acknowledgement in time: the message may or may not be stored; resending is safe.
        return current.connected ? { kind: 'retryLater' } : { kind: 'offline' };
      }
    },
  };
  return transport;
}

export type SocketTransport = ReturnType<typeof createSocketTransport>;
