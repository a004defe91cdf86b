import { randomUUID } from 'node:crypto';
import { launchDatabase } from '@jumelage/mongo-launcher';
import { createApp } from '@jumelage/server/app';
import { connectDatabase } from '@jumelage/server/db';
import { testEnv } from '@jumelage/server/env';
import { hashPassword } from '@jumelage/server/password';
import { TestClient } from '@jumelage/test-utils/http-client';

const password = 'benchmark-password';

/** The real app on a free port against the launcher's database (MONGODB_URI, mongod or FerretDB). */
export async function startBenchServer() {
  const database = await launchDatabase({ env: process.env, log: (message) => console.log(`[db] ${message}`) });
  const db = await connectDatabase(database.uri, `bench_${randomUUID().slice(0, 8)}`, database.engine);
  const app = await createApp({ env: testEnv(), db });
  const port = await app.listen(0, '127.0.0.1');
  const url = `http://127.0.0.1:${port}`;
  const models = app.ctx.models;
  return {
    engine: database.engine,
    db,
    app,
    url,
    models,
    /** Creates a user with the given global role and returns a logged-in client. */
    async login(globalRole: 'user' | 'coordinator' | 'admin', name = 'Bench User') {
      const email = `${randomUUID().slice(0, 8)}@bench.example`;
      await models.User.create({ email, name, passwordHash: await hashPassword(password), globalRole });
      const client = new TestClient(url);
      await client.post('/api/auth/login', { email, password });
      return client;
    },
    async close() {
      await app.close();
      await db.connection.dropDatabase().catch(() => undefined);
      await db.connection.close();
      await database.stop();
    },
  };
}
