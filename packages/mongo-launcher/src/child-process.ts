import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import type { Log } from './types.ts';

const running = new Set<ChildProcess>();
let isExitHookInstalled = false;

/** Stops the child when this process exits first, so no server outlives `npm start` or a test run. */
export function killOnParentExit(child: ChildProcess): () => void {
  if (!isExitHookInstalled) {
    process.on('exit', () => {
      for (const orphan of running) orphan.kill('SIGTERM');
    });
    isExitHookInstalled = true;
  }
  running.add(child);
  return () => running.delete(child);
}

export function forEachLine(stream: Readable, onLine: (line: string) => void): void {
  createInterface({ input: stream, crlfDelay: Infinity }).on('line', (line) => {
    if (line.trim() !== '') onLine(line);
  });
}

/** Keeps the last lines of a chatty stream, for error messages. */
export class OutputTail {
  private lines: string[] = [];

  constructor(private readonly maxLines = 40) {}

  push(line: string): void {
    this.lines.push(line);
    if (this.lines.length > this.maxLines) this.lines.shift();
  }

  toString(): string {
    return this.lines.join('\n');
  }
}

/** Runs a command to completion, streaming its stderr to log; resolves with stdout. */
export function runCommand(
  command: string,
  args: readonly string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; log: Log },
): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const forget = killOnParentExit(child);
    const stderr = new OutputTail();
    let stdout = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    forEachLine(child.stderr, (line) => {
      stderr.push(line);
      options.log(line);
    });
    child.once('error', (error) => {
      forget();
      reject(error);
    });
    child.once('close', (code, signal) => {
      forget();
      if (code === 0) resolve(stdout);
      else
        reject(
          new Error(
            `${command} ${args.join(' ')} failed (${signal ?? `exit ${code}`}):\n${stderr}${stdout}`,
          ),
        );
    });
  });
}
