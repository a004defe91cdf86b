import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import path from 'node:path';
import type { ProcessStats, ServerInfo } from './servers/child.ts';

// Server children run their own Node process, so their CPU time and memory are theirs alone.

export interface Child {
  process: ChildProcess;
  /** Sends a request and resolves with the first reply of the given type. */
  ask<T extends { type: string }>(request: string, type: T['type'], guard: (value: unknown) => value is T): Promise<T>;
  stop(): Promise<void>;
}

const hasType = (value: unknown, type: string): value is { type: string } =>
  typeof value === 'object' && value !== null && 'type' in value && value.type === type;

export const isServerInfo = (value: unknown): value is ServerInfo => hasType(value, 'ready') && 'url' in value;
export const isStats = (value: unknown): value is ProcessStats => hasType(value, 'stats') && 'cpuMicros' in value;
export const isStall = (value: unknown): value is { type: 'stall'; maxLateMs: number } => hasType(value, 'stall') && 'maxLateMs' in value;
const isReady = (value: unknown): value is { type: 'ready' } => hasType(value, 'ready');

function nextMessage<T>(child: ChildProcess, guard: (value: unknown) => value is T): Promise<T> {
  return new Promise((resolve, reject) => {
    const onMessage = (message: unknown) => {
      if (!guard(message)) return;
      child.off('message', onMessage);
      child.off('exit', onExit);
      resolve(message);
    };
    const onExit = (code: number | null) => reject(new Error(`child exited with ${code} before answering`));
    child.on('message', onMessage);
    child.once('exit', onExit);
  });
}

/** Starts `file` (relative to this folder) under tsx with `env` added and waits for its ready message. */
export async function startChild<T extends { type: 'ready' }>(
  file: string,
  guard: (value: unknown) => value is T = (v): v is T => isReady(v),
  env: Record<string, string> = {},
): Promise<Child & { ready: T }> {
  // BENCH_CHILD_NODE_ARGS: Node flags for the children, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof".
  const nodeArgs = process.env.BENCH_CHILD_NODE_ARGS?.split(' ').filter(Boolean) ?? [];
  const child = spawn(process.execPath, [...nodeArgs, '--import', import.meta.resolve('tsx'), path.join(import.meta.dirname, file)], {
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    // As the Dockerfile runs the server (MALLOC_MMAP_THRESHOLD_: see there); the same for every child.
    env: { ...process.env, ...env, LOG_LEVEL: 'silent', MALLOC_MMAP_THRESHOLD_: '131072' },
  });
  const ready = await nextMessage(child, guard);
  return {
    process: child,
    ready,
    ask(request, _type, replyGuard) {
      const reply = nextMessage(child, replyGuard);
      child.send(request);
      return reply;
    },
    async stop() {
      if (child.exitCode !== null) return;
      const exited = once(child, 'exit');
      child.send('stop');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
}
