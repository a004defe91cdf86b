import { io, type Socket } from 'socket.io-client';
import { afterEach } from 'vitest';
import type { ClientToServerEvents, ServerToClientEvents } from '@jumelage/contracts/realtime';
import type { TestClient } from './http-client.ts';

export type TestSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/** A real socket.io-client over WebSocket carrying the client's session cookie and Origin. */
export function openSocket(client: TestClient, options: { origin?: string } = {}): TestSocket {
  const origin = options.origin ?? client.origin;
  return io(client.baseUrl, {
    transports: ['websocket'],
    reconnection: false,
    forceNew: true,
    extraHeaders: {
      ...(client.cookieHeader ? { cookie: client.cookieHeader } : {}),
      ...(origin ? { origin } : {}),
    },
  });
}

export function connected(socket: TestSocket): Promise<void> {
  return new Promise((resolve, reject) => {
    if (socket.connected) return resolve();
    socket.once('connect', () => resolve());
    socket.once('connect_error', reject);
  });
}

/** Resolves with the connect error message, or rejects if the connection was accepted. */
export function refused(socket: TestSocket): Promise<string> {
  return new Promise((resolve, reject) => {
    socket.once('connect', () => reject(new Error('connection was accepted')));
    socket.once('connect_error', (error) => resolve(error.message));
  });
}

export function disconnected(socket: TestSocket): Promise<string> {
  return new Promise((resolve) => {
    if (socket.disconnected) return resolve('already disconnected');
    socket.once('disconnect', (reason) => resolve(reason));
  });
}

/** Returns `track`, which hands back the socket it is given and disconnects it after the test, so that no socket outlives its test. */
export function trackSockets(): (socket: TestSocket) => TestSocket {
  const sockets: TestSocket[] = [];
  afterEach(() => {
    for (const socket of sockets.splice(0)) socket.disconnect();
  });
  return (socket) => {
    sockets.push(socket);
    return socket;
  };
}
