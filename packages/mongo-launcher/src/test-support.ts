import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MongoClient, type Db } from 'mongodb';

const created: string[] = [];

export async function temporaryDir(prefix = 'mongo-launcher-test-'): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  created.push(dir);
  return dir;
}

export async function removeTemporaryDirs(): Promise<void> {
  await Promise.all(created.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
}

export async function withDb<T>(uri: string, use: (db: Db) => Promise<T>): Promise<T> {
  const client = new MongoClient(uri, { serverSelectionTimeoutMS: 5000 });
  try {
    return await use(client.db('launcher_test'));
  } finally {
    await client.close();
  }
}

export function portOf(uri: string): number {
  return Number(new URL(uri).port);
}

/** process.env without the variables that choose a database, so the machine's own settings do not leak in. */
export function neutralEnv(overrides: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env = { ...process.env };
  delete env.MONGODB_URI;
  delete env.JUMELAGE_DB;
  delete env.FERRETDB_BIN;
  return { ...env, ...overrides };
}

export const quiet = (): void => undefined;
