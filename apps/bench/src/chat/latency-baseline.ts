import http from 'node:http';
import { randomUUID } from 'node:crypto';
import type { Connection } from 'mongoose';
import { Server } from 'socket.io';
import { io as connect } from 'socket.io-client';

/**
 * The floor for one chat send: a bare Socket.IO server whose handler does one insertOne with the raw
 * driver (into a collection with the same indexes as messages) and acks; the client times the round trip.
 */
export async function bareAckWithInsert(connection: Connection) {
  const collection = connection.collection('baseline_messages');
  await collection.createIndex({ channelId: 1, clientId: 1 }, { unique: true });
  await collection.createIndex({ channelId: 1, _id: 1 });
  const httpServer = http.createServer();
  const io = new Server(httpServer);
  io.on('connection', (socket) => {
    socket.on('send', async (payload: { channelId: string; clientId: string; body: string }, ack: (answer: { ok: boolean }) => void) => {
      await collection.insertOne({ ...payload, createdAt: new Date() });
      ack({ ok: true });
    });
  });
  await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
  const address = httpServer.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const client = connect(`http://127.0.0.1:${port}`, { transports: ['websocket'], forceNew: true, reconnection: false });
  await new Promise((resolve) => client.once('connect', () => resolve(undefined)));
  const channelId = randomUUID();
  return {
    /** One send; resolves with the milliseconds until the ack arrived. */
    async round(): Promise<number> {
      const started = performance.now();
      await client.timeout(30_000).emitWithAck('send', { channelId, clientId: randomUUID(), body: 'Nachricht' });
      return performance.now() - started;
    },
    async close() {
      client.disconnect();
      await io.close();
    },
  };
}
