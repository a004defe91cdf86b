// Chat fan-out: one message to a room of 1,000 connected clients.
// Ours: real message:send rounds through the app; the cost is the synchronous broadcast of the stored
// message divided by the number of sockets (see chat/fan-out-app.ts). Baselines in the same run, with
// rounds interleaved so that all three share the machine's state: the same bytes written to 1,000 raw
// TCP sockets in a loop (the floor), and bare Socket.IO's io.to(room).emit for context.
import type { Benchmark } from '../run.ts';
import { startChatBenchServer } from '../chat/chat-server.ts';
import { appFanOut } from '../chat/fan-out-app.ts';
import { bareSocketIoFanOut, rawNetFanOut } from '../chat/fan-out-baselines.ts';
import { ratio, report, summary } from '../stats.ts';

const listeners = 1000;
const members = 100;
const warmup = 20;
const rounds = 100;

/** The WebSocket frame Socket.IO writes for this event: header, then `42["event",payload]`. */
function socketIoFrame(event: string, payload: object): Buffer {
  const data = Buffer.from(`42${JSON.stringify([event, payload])}`);
  const header = data.length < 126 ? Buffer.from([0x81, data.length]) : Buffer.from([0x81, 126, data.length >> 8, data.length & 0xff]);
  return Buffer.concat([header, data]);
}

const perSocket = (ms: number) => `${((ms * 1000) / listeners).toFixed(2)} µs/socket`;

const benchmark: Benchmark = {
  name: 'chat fan-out: one message to 1,000 connected clients',
  async run() {
    const server = await startChatBenchServer();
    try {
      console.log(`engine: ${server.engine}`);
      const ours = await appFanOut(server, listeners, members);
      await ours.round();
      const message = ours.lastMessage();
      if (!message) throw new Error('nothing sent');
      const frame = socketIoFrame('message:created', message);
      const fixtures = { ours, bare: await bareSocketIoFanOut(listeners, message), raw: await rawNetFanOut(listeners, frame) };
      const samples: Record<'ours' | 'bare' | 'raw', number[]> = { ours: [], bare: [], raw: [] };
      for (let round = 0; round < warmup + rounds; round += 1) {
        for (const name of ['ours', 'bare', 'raw'] as const) {
          const sendMs = await fixtures[name].round();
          if (round >= warmup) samples[name].push(sendMs);
        }
      }
      for (const fixture of Object.values(fixtures)) await fixture.close();

      const [oursSend, bareSend, rawSend] = [summary(samples.ours), summary(samples.bare), summary(samples.raw)];
      console.log(`payload ${frame.length} bytes per socket; ${rounds} interleaved rounds after ${warmup} warm-up`);
      console.log(`ours (app broadcast of message:created): p50 ${perSocket(oursSend.p50)}, p95 ${perSocket(oursSend.p95)}`);
      console.log(`bare Socket.IO io.to(room).emit:          p50 ${perSocket(bareSend.p50)}, p95 ${perSocket(bareSend.p95)} = ${ratio(bareSend.p50, rawSend.p50)} of raw`);
      console.log(`raw net write loop:                      p50 ${perSocket(rawSend.p50)}, p95 ${perSocket(rawSend.p95)}`);
      report('fan-out per-socket send cost, p50 (x1000 sockets)', oursSend.p50, rawSend.p50, 2);
    } finally {
      await server.close();
    }
  },
};

export default benchmark;
