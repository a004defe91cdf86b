// Relay CPU, side by side: our endpoint (auth and persistence on) and @y/websocket-server 0.1.1
// run at the same time, each with its own 10 writers and 50 readers (the propagation load), so
// both see the same machine. Sequential rounds (plans-propagation) vary by about a point of CPU,
// as much as the difference between the servers; side by side, ours against ours came out at
// 0.99-1.01x. A single pair can still be off by several percent (in one run: 1.03, 1.03 and
// 1.12x), so the median of the pairs is reported. This is the tool to attribute CPU to a change;
// the targets stay with plans-propagation.
// Latency is not reported: 120 clients in one process measure the clients as much as the servers.
import type { Benchmark } from '../run.ts';
import { isServerInfo, startChild } from '../plans/children.ts';
import { yjsRound, type Load } from '../plans/propagation.ts';

const isQuick = process.env.BENCH_QUICK === '1';
const load: Load = {
  writers: 10,
  readers: 50,
  typingMs: 100,
  spawnGapMs: 50,
  warmupMs: isQuick ? 2000 : 15_000,
  measureMs: isQuick ? 2000 : 30_000,
};
const pairs = isQuick ? 1 : 3;
// BENCH_RELAY_PEER=unpersisted compares ours with itself without writes, which prices persistence.
const peer =
  process.env.BENCH_RELAY_PEER === 'unpersisted'
    ? { name: 'ours, writes held back', file: 'servers/ours-unpersisted.ts' }
    : { name: '@y/websocket-server 0.1.1', file: 'servers/y-websocket-server.ts' };
const servers = [{ name: 'ours (auth + persistence)', file: 'servers/ours.ts' }, peer] as const;

const benchmark: Benchmark = {
  name: `plans: relay CPU side by side, ours vs ${peer.name} (same load, same time)`,
  async run() {
    const stall = await startChild('stall-monitor.ts');
    const ratios: number[] = [];
    try {
      for (let pair = 0; pair < pairs; pair++) {
        // Alternate which server starts first, so neither always gets the quieter start.
        const order = pair % 2 === 0 ? servers : ([servers[1], servers[0]] as const);
        const children = [];
        for (const server of order) children.push(await startChild(server.file, isServerInfo));
        try {
          const results = await Promise.all(
            children.map((child) => yjsRound(child, child.ready, 'y-websocket', stall, load)),
          );
          const cpu = new Map(order.map((server, i) => [server.name, results[i]?.cpuShare ?? NaN]));
          const [ours, other] = servers.map((server) => cpu.get(server.name) ?? NaN) as [
            number,
            number,
          ];
          ratios.push(ours / other);
          console.log(
            `pair ${pair + 1}: ours ${(ours * 100).toFixed(2)}%, ${peer.name} ${(other * 100).toFixed(2)}%, ratio ${(ours / other).toFixed(3)}`,
          );
        } finally {
          await Promise.all(children.map((child) => child.stop()));
        }
      }
    } finally {
      stall.process.kill();
    }
    const median = [...ratios].sort((a, b) => a - b)[Math.floor(ratios.length / 2)] ?? NaN;
    console.log(
      `ours CPU vs ${peer.name}, side by side: median ${median.toFixed(3)}x of ${ratios.length} pairs (${ratios.map((ratio) => ratio.toFixed(3)).join(', ')})`,
    );
  },
};

export default benchmark;
