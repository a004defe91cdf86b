import http from 'node:http';
import net from 'node:net';
import { Server } from 'socket.io';
import { io as connect, type Socket } from 'socket.io-client';
import { arrivals } from './arrivals.ts';

/** A set of connected sockets that can be sent one message in rounds. */
export interface FanOutFixture {
  /** Sends once to every socket; resolves with the synchronous send time once all have it. */
  round(): Promise<number>;
  close(): Promise<void>;
}

function listen(server: net.Server | http.Server): Promise<number> {
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      resolve(typeof address === 'object' && address ? address.port : 0);
    }),
  );
}

/** The floor: one prepared buffer written to `count` TCP sockets in a loop. */
export async function rawNetFanOut(count: number, payload: Buffer): Promise<FanOutFixture> {
  const accepted: net.Socket[] = [];
  const server = net.createServer((socket) => {
    socket.setNoDelay(true);
    accepted.push(socket);
  });
  const port = await listen(server);
  const received = arrivals();
  const clients = Array.from({ length: count }, () => {
    const client = net.connect(port, '127.0.0.1');
    let bytes = 0;
    client.on('data', (chunk) => {
      bytes += chunk.length;
      for (; bytes >= payload.length; bytes -= payload.length) received.add();
    });
    return client;
  });
  while (accepted.length < count) await new Promise((resolve) => setTimeout(resolve, 10));

  return {
    async round() {
      const delivered = received.next(count);
      const started = performance.now();
      for (const socket of accepted) socket.write(payload);
      const sendMs = performance.now() - started;
      await delivered;
      return sendMs;
    },
    async close() {
      for (const client of clients) client.destroy();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

/** Bare Socket.IO, no app: `count` clients in one room and `io.to(room).emit(...)`. */
export async function bareSocketIoFanOut(count: number, message: object): Promise<FanOutFixture> {
  const httpServer = http.createServer();
  const io = new Server(httpServer);
  io.on('connection', (socket) => void socket.join('room'));
  const port = await listen(httpServer);
  const received = arrivals();
  const clients: Socket[] = [];
  for (let start = 0; start < count; start += 100) {
    const batch = Array.from({ length: Math.min(100, count - start) }, () => {
      const client = connect(`http://127.0.0.1:${port}`, { transports: ['websocket'], forceNew: true, reconnection: false });
      client.on('message:created', () => received.add());
      clients.push(client);
      return new Promise((resolve) => client.once('connect', () => resolve(undefined)));
    });
    await Promise.all(batch);
  }
  while ((io.sockets.adapter.rooms.get('room')?.size ?? 0) < count) await new Promise((resolve) => setTimeout(resolve, 10));

  return {
    async round() {
      const delivered = received.next(count);
      const started = performance.now();
      io.to('room').emit('message:created', message);
      const sendMs = performance.now() - started;
      await delivered;
      return sendMs;
    },
    async close() {
      for (const client of clients) client.disconnect();
      await io.close();
    },
  };
}
