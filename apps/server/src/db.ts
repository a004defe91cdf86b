import mongoose, { type Connection } from 'mongoose';

export interface Database {
  connection: Connection;
  /** Which engine serves the data, as found by the launcher (reported by /healthz). */
  engine: string;
}

let configured = false;

function configureMongoose(): void {
  if (configured) return;
  // Request data never becomes a query operator; operators the code writes use mongoose.trusted().
  mongoose.set('sanitizeFilter', true);
  mongoose.set('strictQuery', 'throw');
  configured = true;
}

/** Opens a connection that fails fast (a few seconds) instead of buffering while the database is down. */
export async function connectDatabase(uri: string, dbName: string, engine: string): Promise<Database> {
  configureMongoose();
  const connection = mongoose.createConnection(uri, {
    dbName,
    serverSelectionTimeoutMS: 3000,
    bufferCommands: false,
    autoIndex: true,
    // FerretDB v1 answers an update by reading the matching documents and then writing them, with
    // no transaction between (its issue 3040), so two conditional updates of one document on two
    // connections can both match and one write is lost. Over one connection it answers one command
    // at a time, which makes each update whole again, as on MongoDB (for one app process).
    ...(engine === 'ferretdb' ? { maxPoolSize: 1 } : {}),
  });
  await connection.asPromise();
  return { connection, engine };
}

export async function pingDatabase(connection: Connection, timeoutMs = 1500): Promise<boolean> {
  const db = connection.db;
  if (!db) return false;
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), timeoutMs);
  });
  const ping = db
    .command({ ping: 1 }, { timeoutMS: timeoutMs })
    .then(() => true)
    .catch(() => false);
  const answer = await Promise.race([ping, timeout]);
  clearTimeout(timer);
  return answer;
}

/** E11000: a unique index refused the write, so the document it collided with is committed. */
export const isDuplicateKey = (error: unknown): boolean => error instanceof mongoose.mongo.MongoServerError && error.code === 11000;
