import { spawn } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { forEachLine, killOnParentExit, OutputTail } from './child-process.ts';
import { messageOf } from './errors.ts';
import { waitUntilPingable } from './ping.ts';
import { freePort } from './tcp.ts';
import type { FerretDbProcess, StartFerretDbOptions } from './types.ts';

const STOP_GRACE_MS = 5000;
const PORT_ATTEMPTS = 3;
// At --log-level=warn every closed driver connection logs ~20 lines (FerretDB v1 lacks endSessions),
// so only entries at error level or worse reach the caller's log once the server is up.
const SEVERE_LINE = /^\S+\t(ERROR|DPANIC|PANIC|FATAL)/;

export function ferretDbArgs(dataDir: string, port: number): string[] {
  return [
    '--handler=sqlite',
    `--sqlite-url=file:${dataDir}/`,
    `--listen-addr=127.0.0.1:${port}`,
    '--debug-addr=-',
    '--telemetry=disable',
    '--log-level=warn',
  ];
}

/** Starts FerretDB on SQLite files in dataDir and resolves once it answers ping; rejects with its output if it dies. */
export async function startFerretDb(options: StartFerretDbOptions): Promise<FerretDbProcess> {
  const dataDir = resolve(options.dataDir);
  await mkdir(dataDir, { recursive: true });
  if (options.port !== undefined) return spawnFerretDb(options, dataDir, options.port);
  // A port from freePort() can be taken before FerretDB binds it; only then is a retry worth it.
  for (let attempt = 1; ; attempt++) {
    try {
      return await spawnFerretDb(options, dataDir, await freePort());
    } catch (error) {
      if (attempt >= PORT_ATTEMPTS || !messageOf(error).includes('address already in use'))
        throw error;
    }
  }
}

async function spawnFerretDb(
  options: StartFerretDbOptions,
  dataDir: string,
  port: number,
): Promise<FerretDbProcess> {
  const log = options.log ?? (() => undefined);
  const uri = `mongodb://127.0.0.1:${port}/`;
  // FerretDB writes state.json into its working directory; keep it beside the data, not in the repo.
  const child = spawn(options.binary, ferretDbArgs(dataDir, port), {
    cwd: dataDir,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const forget = killOnParentExit(child);
  const output = new OutputTail();
  let isReady = false;
  let isStopping = false;
  const onLine = (line: string): void => {
    output.push(line);
    if (isReady && SEVERE_LINE.test(line)) log(`ferretdb: ${line}`);
  };
  forEachLine(child.stdout, onLine);
  forEachLine(child.stderr, onLine);

  const died = new AbortController();
  const exited = new Promise<string>((resolveExit) => {
    child.once('error', (error) => resolveExit(error.message));
    child.once('close', (code, signal) => resolveExit(signal ?? `exit code ${code}`));
  }).then((how) => {
    forget();
    died.abort();
    if (isReady && !isStopping)
      log(`ferretdb on port ${port} exited unexpectedly (${how}):\n${output}`);
    return how;
  });

  try {
    await waitUntilPingable(uri, port, {
      timeoutMs: options.readyTimeoutMs ?? 30_000,
      signal: died.signal,
    });
  } catch (error) {
    if (died.signal.aborted) {
      const how = await exited;
      throw new Error(
        `ferretdb (${options.binary}) exited (${how}) before answering ping:\n${output}`,
        {
          cause: error,
        },
      );
    }
    child.kill('SIGKILL');
    await exited;
    throw new Error(`${messageOf(error)}\n${output}`, { cause: error });
  }
  isReady = true;

  const stop = async (): Promise<void> => {
    isStopping = true;
    if (!died.signal.aborted) child.kill('SIGTERM');
    const escalate = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS);
    await exited;
    clearTimeout(escalate);
  };
  return { uri, port, dataDir, stop };
}
