import { io, type Socket } from 'socket.io-client';
import type { ClientToServerEvents, ServerToClientEvents } from '@jumelage/contracts/realtime';

export type ChatClient = Socket<ServerToClientEvents, ClientToServerEvents>;

function connectOne(url: string, cookie: string): Promise<ChatClient> {
  const socket: ChatClient = io(url, {
    transports: ['websocket'],
    forceNew: true,
    reconnection: false,
    extraHeaders: { cookie, origin: url },
  });
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', reject);
  });
}

/** Opens one authenticated Socket.IO connection per cookie, `parallel` handshakes at a time. */
export async function connectClients(url: string, cookies: string[], parallel = 50): Promise<ChatClient[]> {
  const clients: ChatClient[] = [];
  for (let start = 0; start < cookies.length; start += parallel) {
    clients.push(...(await Promise.all(cookies.slice(start, start + parallel).map((cookie) => connectOne(url, cookie)))));
  }
  return clients;
}

export function disconnectAll(clients: ChatClient[]): void {
  for (const client of clients) client.disconnect();
}
