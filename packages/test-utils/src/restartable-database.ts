import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureFerretDb, findRepoRoot, freePort, startFerretDb, type FerretDbProcess } from '@jumelage/mongo-launcher';

export interface RestartableDatabase {
  uri: string;
  /** Stops the server, keeping its port and files. */
  pause(): Promise<void>;
  /** Starts it again on the same port with the same files. */
  resume(): Promise<void>;
  stop(): Promise<void>;
}

/** A private database server of the run's engine that a test may stop and start (outage tests). */
export async function startRestartableDatabase(engine: string): Promise<RestartableDatabase> {
  if (engine === 'ferretdb') return restartableFerretDb();
  return restartableMemoryServer();
}

async function restartableFerretDb(): Promise<RestartableDatabase> {
  const binary = await ensureFerretDb(findRepoRoot(), () => undefined);
  const dataDir = await mkdtemp(join(tmpdir(), 'jumelage-outage-'));
  const port = await freePort();
  let running: FerretDbProcess | null = await startFerretDb({ binary, dataDir, port });
  const uri = running.uri;
  return {
    uri,
    async pause() {
      await running?.stop();
      running = null;
    },
    async resume() {
      running = await startFerretDb({ binary, dataDir, port });
    },
    async stop() {
      await running?.stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

async function restartableMemoryServer(): Promise<RestartableDatabase> {
  const { MongoMemoryServer } = await import('mongodb-memory-server');
  const server = await MongoMemoryServer.create();
  return {
    uri: server.getUri(),
    pause: async () => {
      await server.stop({ doCleanup: false, force: false });
    },
    resume: async () => {
      await server.start(true);
    },
    stop: async () => {
      await server.stop();
    },
  };
}
