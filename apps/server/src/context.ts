import type { Database } from './db.ts';
import type { Env } from './env.ts';
import type { Logger } from './logger.ts';
import type { Models } from './models.ts';
import type { Realtime } from './realtime/realtime.ts';

/** What every feature's routes and sockets are built from. */
export interface AppContext {
  env: Env;
  db: Database;
  models: Models;
  logger: Logger;
  realtime: Realtime;
}
