import { randomUUID } from 'node:crypto';
import { launchDatabase, type LaunchedDatabase } from '@jumelage/mongo-launcher';
import { createApp, type App } from '@jumelage/server/app';
import { connectDatabase, type Database } from '@jumelage/server/db';
import { testEnv } from '@jumelage/server/env';
import { hashPassword } from '@jumelage/server/password';

/** Who a collab connection speaks for. */
type Identity = Parameters<App['collab']['attach']>[1];

export interface BenchApp {
  app: App;
  db: Database;
  database: LaunchedDatabase;
  url: string;
  /** A logged-in member's session cookie and a partnership to create plans in. */
  cookie: string;
  partnershipId: string;
  userId: string;
  createPlan(templateKey?: string): Promise<string>;
  /** The member as a collab connection sees them (for connections attached without a socket). */
  identity(isReadOnly?: boolean): Identity;
  close(): Promise<void>;
}

async function call(url: string, cookie: string, method: string, body?: unknown): Promise<{ body: unknown; setCookie: string[] }> {
  const response = await fetch(url, {
    method,
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${method} ${url}: ${response.status}`);
  return { body: await response.json(), setCookie: response.headers.getSetCookie() };
}

/** The `data.id` of a created resource. */
function createdId(body: unknown): string {
  if (typeof body === 'object' && body !== null && 'data' in body && typeof body.data === 'object' && body.data !== null && 'id' in body.data) {
    if (typeof body.data.id === 'string') return body.data.id;
  }
  throw new Error('the response carries no id');
}

/** The real app (auth, persistence) on a database of the launcher's engine, with one member and one partnership. */
export async function startBenchApp(): Promise<BenchApp> {
  const database = await launchDatabase({ env: process.env, log: () => undefined });
  const db = await connectDatabase(database.uri, `bench_${randomUUID().slice(0, 8)}`, database.engine);
  const app = await createApp({ env: testEnv(), db });
  const port = await app.listen(0, '127.0.0.1');
  const url = `http://127.0.0.1:${port}`;
  const email = `bench-${randomUUID().slice(0, 8)}@example.org`;
  const password = 'bench password 123';
  const user = await app.ctx.models.User.create({ email, name: 'Bench', passwordHash: await hashPassword(password), globalRole: 'user' });
  const login = await call(`${url}/api/auth/login`, '', 'POST', { email, password });
  const cookie = (login.setCookie[0] ?? '').split(';')[0] ?? '';
  const partnership = await call(`${url}/api/partnerships`, cookie, 'POST', {
    name: 'Bench',
    municipalities: [
      { name: 'Wolfsburg', country: 'DE', language: 'de', timeZone: 'Europe/Berlin' },
      { name: 'Jendouba', country: 'TN', language: 'fr', timeZone: 'Africa/Tunis' },
    ],
  });
  const partnershipId = createdId(partnership.body);
  const userId = user.id;
  return {
    app,
    db,
    database,
    url,
    cookie,
    partnershipId,
    userId,
    async createPlan(templateKey = 'blank') {
      const plan = await call(`${url}/api/partnerships/${partnershipId}/plans`, cookie, 'POST', { title: 'Bench', templateKey });
      return createdId(plan.body);
    },
    identity(isReadOnly = false) {
      const user = { id: userId, name: 'Bench', color: '#336699' };
      return { userId, sessionId: 'bench', partnershipId, user, isReadOnly, sessionExpiresAt: Number.MAX_SAFE_INTEGER };
    },
    async close() {
      await app.close();
      await db.connection.close();
      await database.stop();
    },
  };
}
