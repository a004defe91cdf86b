import { randomUUID } from 'node:crypto';
import { launchDatabase } from '@jumelage/mongo-launcher';
import { createApp } from '@jumelage/server/app';
import { connectDatabase } from '@jumelage/server/db';
import { testEnv } from '@jumelage/server/env';

/**
 * The real app on a free port against the launcher's database, with the per-user message rate
 * lifted: a benchmark's sender writes far faster than a person (the limit is tested elsewhere).
 */
export async function startChatBenchServer() {
  const database = await launchDatabase({ env: process.env, log: (message) => console.log(`[db] ${message}`) });
  const db = await connectDatabase(database.uri, `bench_chat_${randomUUID().slice(0, 8)}`, database.engine);
  const app = await createApp({ env: testEnv(), db, chat: { messagesPerSecond: 1_000_000 } });
  const port = await app.listen(0, '127.0.0.1');
  return {
    engine: database.engine,
    db,
    app,
    url: `http://127.0.0.1:${port}`,
    models: app.ctx.models,
    async close() {
      await app.close();
      await db.connection.dropDatabase().catch(() => undefined);
      await db.connection.close();
      await database.stop();
    },
  };
}

export type ChatBenchServer = Awaited<ReturnType<typeof startChatBenchServer>>;
