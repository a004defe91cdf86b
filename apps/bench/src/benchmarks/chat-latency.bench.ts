// Chat end-to-end latency: p50/p99 from message:send at one member to message:created at another, in
// a partnership of 50 connected members, including the database write. Baseline in the same run,
// rounds interleaved: a bare Socket.IO ack round trip whose handler does one raw driver insertOne.
import { randomUUID } from 'node:crypto';
import type { Benchmark } from '../run.ts';
import { startChatBenchServer } from '../chat/chat-server.ts';
import { connectClients, disconnectAll } from '../chat/clients.ts';
import { bareAckWithInsert } from '../chat/latency-baseline.ts';
import { connectPassiveMembers } from '../chat/passive-members.ts';
import { populatePartnership } from '../chat/population.ts';
import { ms, ratio, report, summary } from '../stats.ts';

const members = 50;
const warmup = 30;
const rounds = 400;

const benchmark: Benchmark = {
  name: 'chat end-to-end: message:send to delivery in a room of 50',
  async run() {
    const server = await startChatBenchServer();
    try {
      console.log(`engine: ${server.engine}`);
      const population = await populatePartnership(server.models, members);
      // The sender and the measured listener share this thread with the server; the other 48 members
      // listen in a worker thread, as they would on their own machines.
      const clients = await connectClients(server.url, [population.cookies[0] ?? '', population.cookies[1] ?? '']);
      const passive = await connectPassiveMembers(server.url, population.cookies.slice(2));
      const [sender, listener] = clients;
      if (!sender || !listener) throw new Error('clients missing');
      const baseline = await bareAckWithInsert(server.db.connection);

      const arrivals = new Map<string, () => void>();
      listener.on('message:created', (message) => arrivals.get(message.clientId)?.());
      const ours = async (): Promise<number> => {
        const clientId = randomUUID();
        const delivered = new Promise<number>((resolve) => arrivals.set(clientId, () => resolve(performance.now())));
        const started = performance.now();
        const acked = sender.timeout(30_000).emitWithAck('message:send', { channelId: population.generalId, clientId, body: 'Hallo zusammen' });
        const deliveredAt = await delivered;
        const answer = await acked;
        if (!answer.ok) throw new Error(`send failed: ${answer.error.code}`);
        arrivals.delete(clientId);
        return deliveredAt - started;
      };

      const samples: Record<'ours' | 'baseline', number[]> = { ours: [], baseline: [] };
      for (let round = 0; round < warmup + rounds; round += 1) {
        const [oursMs, baselineMs] = [await ours(), await baseline.round()];
        if (round < warmup) continue;
        samples.ours.push(oursMs);
        samples.baseline.push(baselineMs);
      }
      await baseline.close();
      disconnectAll(clients);
      const passiveReceived = await passive.close();

      const [oursStats, baselineStats] = [summary(samples.ours), summary(samples.baseline)];
      console.log(`${rounds} interleaved rounds after ${warmup} warm-up; ${members} members connected; the other members received ${passiveReceived} messages (${(members - 2) * (rounds + warmup)} sent to them)`);
      console.log(`ours, send -> delivery at a listener: p50 ${ms(oursStats.p50)}, p99 ${ms(oursStats.p99)}`);
      console.log(`bare Socket.IO ack + raw insertOne:   p50 ${ms(baselineStats.p50)}, p99 ${ms(baselineStats.p99)}`);
      console.log(`p50 ratio ${ratio(oursStats.p50, baselineStats.p50)}`);
      report('end-to-end p99', oursStats.p99, baselineStats.p99, 1.5);
    } finally {
      await server.close();
    }
  },
};

export default benchmark;
