import type { ChatMessage } from '@jumelage/contracts/consultations';
import type { Ack } from '@jumelage/contracts/realtime';
import { ApiError } from '../../lib/api.ts';
import type { AppSocket } from '../../lib/socket.ts';
import { ackTimeoutMs } from './socketTransport.ts';

/** The server's limit counts sends, edits and deletes per second; a refused one waits that long. */
const rateWindowMs = 1_100;
const attempts = 3;

async function answered<T extends object>(ask: () => Promise<Ack<T>>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    const answer = await ask().catch(() => {
      throw new ApiError('unavailable', 'No answer from the server', 0);
    });
    if (answer.ok) return answer;
    // Quick edits and deletes right after sending met the limit and said "wait a minute"; the
    // limit is per second, so they are tried again a moment later.
    if (answer.error.code !== 'rate_limited' || attempt === attempts) {
      const { code, message, details } = answer.error;
      throw new ApiError(code, message, 0, details);
    }
    await new Promise((resolve) => setTimeout(resolve, rateWindowMs));
  }
}

function connected(socket: AppSocket | null): AppSocket {
  if (!socket?.connected) throw new ApiError('unavailable', 'Not connected', 0);
  return socket;
}

/** Changes the text of one's own message; the others get `message:updated`. */
export async function editMessage(socket: AppSocket | null, messageId: string, body: string) {
  const live = connected(socket);
  const { message } = await answered<{ message: ChatMessage }>(() =>
    live.timeout(ackTimeoutMs).emitWithAck('message:edit', { messageId, body }),
  );
  return message;
}

/** Deletes one's own message; it keeps its place as "deleted" for everyone. */
export async function deleteMessage(socket: AppSocket | null, messageId: string) {
  const live = connected(socket);
  const { message } = await answered<{ message: ChatMessage }>(() =>
    live.timeout(ackTimeoutMs).emitWithAck('message:delete', { messageId }),
  );
  return message;
}
