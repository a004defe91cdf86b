import { randomUUID } from 'node:crypto';
import type { ChatMessage } from '@jumelage/contracts/consultations';
import { arrivals } from './arrivals.ts';
import type { ChatBenchServer } from './chat-server.ts';
import { connectClients, disconnectAll } from './clients.ts';
import type { FanOutFixture } from './fan-out-baselines.ts';
import { populatePartnership } from './population.ts';

/**
 * Our server with `listeners` connections of `members` members (several each, like tabs and devices)
 * and one sender: on FerretDB every handshake's session and membership lookups scan their collections,
 * so 1,000 users would take minutes to connect while the fan-out cost is per socket either way.
 * A round is a real message:send
 * (validation, permission, database write, broadcast); what it reports is the synchronous time of
 * the broadcast of `message:created` (Socket.IO's adapter: encode once, write to every socket),
 * timed around the adapter, then it waits until every listener has the message.
 */
export async function appFanOut(
  server: ChatBenchServer,
  listeners: number,
  members: number,
): Promise<FanOutFixture & { lastMessage(): ChatMessage | null }> {
  const population = await populatePartnership(server.models, members + 1);
  const [senderCookie = '', ...memberCookies] = population.cookies;
  const connectStarted = performance.now();
  const [sender] = await connectClients(server.url, [senderCookie]);
  const clients = await connectClients(server.url, Array.from({ length: listeners }, (_, i) => memberCookies[i % members] ?? ''));
  if (!sender) throw new Error('no sender');
  console.log(`connected ${clients.length} listening clients of ${members} members and 1 sender in ${((performance.now() - connectStarted) / 1000).toFixed(1)} s`);

  const received = arrivals();
  for (const client of clients) client.on('message:created', () => received.add());
  const adapter = server.app.io.of('/').adapter;
  const broadcast = adapter.broadcast.bind(adapter);
  let broadcastMs = Number.NaN;
  adapter.broadcast = (packet: { data?: unknown }, options: Parameters<typeof broadcast>[1]) => {
    const started = performance.now();
    broadcast(packet, options);
    if (Array.isArray(packet.data) && packet.data[0] === 'message:created') broadcastMs = performance.now() - started;
  };

  let message: ChatMessage | null = null;
  let round = 0;
  return {
    async round() {
      const delivered = received.next(clients.length);
      round += 1;
      const answer = await sender.timeout(30_000).emitWithAck('message:send', { channelId: population.generalId, clientId: randomUUID(), body: `Nachricht ${round} an alle` });
      if (!answer.ok) throw new Error(`send failed: ${answer.error.code}`);
      message = answer.message;
      await delivered;
      return broadcastMs;
    },
    lastMessage: () => message,
    async close() {
      disconnectAll([sender, ...clients]);
    },
  };
}
