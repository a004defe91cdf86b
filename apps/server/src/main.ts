import path from 'node:path';
import { launchDatabase } from '@jumelage/mongo-launcher';
import { createApp } from './app.ts';
import { connectDatabase } from './db.ts';
import { EnvError, parseEnv, repoRoot, type Env } from './env.ts';
import { createLogger } from './logger.ts';
import { demoPassword, seedDemoIfEmpty } from './seed/demo.ts';

const shutdownDeadlineMs = 10_000;

function readEnv(): Env {
  try {
    return parseEnv(process.env);
  } catch (error) {
    if (!(error instanceof EnvError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
}

async function main(): Promise<void> {
  const env = readEnv();
  const logger = createLogger(env);
  const root = repoRoot();
  const database = await launchDatabase({
    dataDir: env.JUMELAGE_DATA_DIR ?? path.join(root, 'data'),
    env: process.env,
    repoRoot: root,
    log: (message) => logger.info(message),
  });
  logger.info({ engine: database.engine }, `database: ${database.engine}`);
  const db = await connectDatabase(database.uri, env.JUMELAGE_DB_NAME, database.engine);
  const app = await createApp({ env, db, logger, webDistDir: env.JUMELAGE_WEB_DIST ?? path.join(root, 'apps/web/dist') });

  if (env.JUMELAGE_SEED_DEMO) {
    const logins = await seedDemoIfEmpty(app.ctx.models);
    if (logins) {
      console.log(`\nDemo data created. Every demo account's password is "${demoPassword}":`);
      for (const login of logins) console.log(`  ${login.role.padEnd(15)} ${login.email}`);
      console.log('');
    }
  }

  const port = await app.listen();
  logger.info(`Jumelage is listening on http://localhost:${port}`);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    setTimeout(() => {
      logger.error('shutdown took too long; exiting');
      process.exit(1);
    }, shutdownDeadlineMs).unref();
    await app.close();
    await db.connection.close();
    await database.stop();
    logger.info('stopped');
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
