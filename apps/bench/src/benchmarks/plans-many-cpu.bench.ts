// Many plans edited at once on one instance, side by side: 20 plans, each with 2 writers (one
// character every 100 ms) and 3 readers, on our endpoint (auth and persistence on) and on
// @y/websocket-server 0.1.1 (in memory) at the same time. Each plan typed in has a batch to write
// ten times a second; ours writes the batches of all plans in one insertMany per tick
// (collab/batch-writer.ts), so its database operations do not grow with the number of plans.
// BENCH_RELAY_PEER=unpersisted prices persistence; BENCH_PAIRS sets the number of pairs (3).
import type { Benchmark } from '../run.ts';
import { cpuSideBySide, peerFromEnv } from '../plans/side-by-side.ts';

const isQuick = process.env.BENCH_QUICK === '1';
const plans = 20;
const peer = peerFromEnv();

const benchmark: Benchmark = {
  name: `plans: CPU with ${plans} plans edited at once, ours vs ${peer.name} (side by side)`,
  async run() {
    const load = { writers: 2, readers: 3, typingMs: 100, spawnGapMs: 25, warmupMs: isQuick ? 2000 : 15_000, measureMs: isQuick ? 2000 : 30_000 };
    await cpuSideBySide(peer, load, isQuick ? 1 : Number(process.env.BENCH_PAIRS ?? 3), { BENCH_PLANS: String(plans) });
  },
};

export default benchmark;
