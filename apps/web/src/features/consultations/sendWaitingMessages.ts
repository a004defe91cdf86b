import { connectSocket } from '../../lib/socket.ts';
import { sharedOutbox } from './useOutbox.ts';

/**
 * Sends the messages this device still holds for the account (written offline, then the tab was
 * closed) from whatever page is open: they went out only once a consultations page was opened
 * again, though the offline banner said "sent when the connection is back" (QA pass). The socket
 * is opened only when something waits; once attached, every reconnect sends what is left.
 */
export async function sendWaitingMessages(userId: string): Promise<void> {
  const { outbox, transport } = sharedOutbox();
  await outbox.open(userId);
  if (!outbox.entries().some((entry) => entry.status === 'pending')) return;
  const socket = await connectSocket();
  transport.attach(socket, () => void outbox.flush());
  if (socket.connected) await outbox.flush();
}
