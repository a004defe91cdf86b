// Relay CPU, side by side: our endpoint (auth and persistence on) and @y/websocket-server 0.1.1
// run at the same time, each with its own 10 writers and 50 readers (the propagation load), so
// both see the same machine (see plans/side-by-side.ts). In one run the pairs came out at 1.03,
// 1.03 and 1.12x, so the median is reported. This is the tool to attribute CPU to a change; the
// targets stay with plans-propagation. BENCH_RELAY_PEER=unpersisted prices persistence.
// Latency is not reported: 120 clients in one process measure the clients as much as the servers.
import type { Benchmark } from '../run.ts';
import { cpuSideBySide, peerFromEnv } from '../plans/side-by-side.ts';

const isQuick = process.env.BENCH_QUICK === '1';
const peer = peerFromEnv();

const benchmark: Benchmark = {
  name: `plans: relay CPU side by side, ours vs ${peer.name} (same load, same time)`,
  async run() {
    const load = { writers: 10, readers: 50, typingMs: 100, spawnGapMs: 50, warmupMs: isQuick ? 2000 : 15_000, measureMs: isQuick ? 2000 : 30_000 };
    await cpuSideBySide(peer, load, isQuick ? 1 : 3);
  },
};

export default benchmark;
