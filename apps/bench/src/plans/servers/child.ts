import { readdirSync, readFileSync } from 'node:fs';

// The parent <-> server child protocol (Node IPC). A server child announces where clients connect,
// answers CPU and memory probes, and stops on request.

export interface ServerInfo {
  type: 'ready';
  /** WebSocket base URL; y-websocket appends `/<room>`. */
  url: string;
  /** One document per room (BENCH_PLANS of them where the server supports several). */
  rooms: string[];
  headers: Record<string, string>;
  /** The database engine behind the server, if it has one. */
  engine?: string;
}

export interface ProcessStats {
  type: 'stats';
  cpuMicros: number;
  rssBytes: number;
  /** CPU time of the server's own child processes (our database), counted apart. */
  childrenCpuMicros: number;
}

const ticksPerSecond = 100;

/** How many plans a benchmark edits at once (BENCH_PLANS, set by the parent); 1 by default. */
export const planCount = () => Number(process.env.BENCH_PLANS ?? 1);

/** CPU time (user + system) of this process's direct children, from /proc (Linux); 0 elsewhere. */
function childrenCpuMicros(): number {
  try {
    const tasks = readdirSync(`/proc/${process.pid}/task`);
    const pids = tasks.flatMap((task) => readFileSync(`/proc/${process.pid}/task/${task}/children`, 'utf8').trim().split(/\s+/).filter(Boolean));
    let ticks = 0;
    for (const pid of pids) {
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
      ticks += Number(fields[11] ?? 0) + Number(fields[12] ?? 0);
    }
    return (ticks / ticksPerSecond) * 1_000_000;
  } catch {
    return 0;
  }
}

export function serveChild(info: Omit<ServerInfo, 'type'>, stop: () => Promise<void>): void {
  const send = (message: ServerInfo | ProcessStats) => process.send?.(message);
  process.on('message', (message) => {
    if (message === 'stats') {
      const cpu = process.cpuUsage();
      send({ type: 'stats', cpuMicros: cpu.user + cpu.system, rssBytes: process.memoryUsage().rss, childrenCpuMicros: childrenCpuMicros() });
    } else if (message === 'stop') {
      void stop().finally(() => process.exit(0));
    }
  });
  process.on('disconnect', () => process.exit(0));
  send({ type: 'ready', ...info });
}
