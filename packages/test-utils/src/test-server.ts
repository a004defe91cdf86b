import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, inject } from 'vitest';
import { createApp, type App, type CreateAppOptions } from '@jumelage/server/app';
import { connectDatabase, type Database } from '@jumelage/server/db';
import { testEnv, type Env } from '@jumelage/server/env';
import { TestClient } from './http-client.ts';
import './provided-context.ts';

export interface TestServer {
  app: App;
  db: Database;
  url: string;
  models: App['ctx']['models'];
  /** A new client (one "browser") that sends our own Origin like a browser would. */
  client(): TestClient;
  close(): Promise<void>;
}

export interface TestServerOptions {
  env?: Partial<Record<keyof Env, string>>;
  /** Reuse a database (e.g. to restart the app on the same data); default: a fresh one per server. */
  dbName?: string;
  mongoUri?: string;
  /** Chat tunables, e.g. a higher per-user rate for tests that send hundreds of messages. */
  chat?: CreateAppOptions['chat'];
}

/** Starts the real app on a free port against the run's database, in a database of its own. */
export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  const dbName = options.dbName ?? `test_${randomUUID().replaceAll('-', '').slice(0, 12)}`;
  const db = await connectDatabase(options.mongoUri ?? inject('mongoUri'), dbName, inject('dbEngine'));
  const app = await createApp({ env: testEnv(options.env), db, chat: options.chat });
  const port = await app.listen(0, '127.0.0.1');
  const url = `http://127.0.0.1:${port}`;
  return {
    app,
    db,
    url,
    models: app.ctx.models,
    client: () => new TestClient(url),
    async close() {
      await app.close();
      await db.connection.close();
    },
  };
}

/**
 * A server for the whole test file, started in beforeAll and closed in afterAll, so that files do not
 * repeat the hooks. The object is filled in by beforeAll: use it in hooks and tests only. Hooks the file
 * registers after this call run after the start and (vitest's default 'stack' order) before the close.
 */
export function serverForFile(options: TestServerOptions = {}): TestServer {
  const server = {} as TestServer;
  let started: TestServer | undefined;
  beforeAll(async () => {
    started = await startTestServer(options);
    Object.assign(server, started);
  });
  afterAll(() => started?.close());
  return server;
}
