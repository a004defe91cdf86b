import { isServerInfo, startChild } from './children.ts';
import { yjsRound, type Load } from './propagation.ts';

// Two servers measured at the same time, each with its own clients under the same load, so both
// see the same machine. Sequential rounds vary by about a point of CPU, as much as the differences
// we look for; side by side, ours against ours came out at 0.99-1.01x. A single pair can still be
// off by several percent, so the median of the pairs is what counts.

export interface Contender {
  name: string;
  file: string;
}

const ours: Contender = { name: 'ours (auth + persistence)', file: 'servers/ours.ts' };

/**
 * What ours is measured against: @y/websocket-server 0.1.1, or with BENCH_RELAY_PEER=unpersisted
 * ours with its writes held back (a batch window of an hour), which prices persistence.
 */
export function peerFromEnv(): Contender {
  return process.env.BENCH_RELAY_PEER === 'unpersisted'
    ? { name: 'ours, writes held back', file: 'servers/ours-unpersisted.ts' }
    : { name: '@y/websocket-server 0.1.1', file: 'servers/y-websocket-server.ts' };
}

/** Runs `pairs` pairs of `ours` and `other` and prints and returns the median CPU ratio ours / other. */
export async function cpuSideBySide(other: Contender, load: Load, pairs: number, env: Record<string, string> = {}): Promise<number> {
  const stall = await startChild('stall-monitor.ts');
  const ratios: number[] = [];
  try {
    for (let pair = 0; pair < pairs; pair++) {
      // Alternate which server starts first, so neither always gets the quieter start.
      const order = pair % 2 === 0 ? [ours, other] : [other, ours];
      const children = [];
      for (const server of order) children.push(await startChild(server.file, isServerInfo, env));
      try {
        const results = await Promise.all(children.map((child) => yjsRound(child, child.ready, 'y-websocket', stall, load)));
        const cpu = new Map(order.map((server, i) => [server, results[i]?.cpuShare ?? NaN]));
        const [mine, theirs] = [cpu.get(ours) ?? NaN, cpu.get(other) ?? NaN];
        ratios.push(mine / theirs);
        console.log(`pair ${pair + 1}: ours ${(mine * 100).toFixed(2)}%, ${other.name} ${(theirs * 100).toFixed(2)}%, ratio ${(mine / theirs).toFixed(3)}`);
      } finally {
        await Promise.all(children.map((child) => child.stop()));
      }
    }
  } finally {
    stall.process.kill();
  }
  const median = [...ratios].sort((a, b) => a - b)[Math.floor(ratios.length / 2)] ?? NaN;
  console.log(`ours CPU vs ${other.name}, side by side: median ${median.toFixed(3)}x of ${ratios.length} pairs (${ratios.map((ratio) => ratio.toFixed(3)).join(', ')})`);
  return median;
}
