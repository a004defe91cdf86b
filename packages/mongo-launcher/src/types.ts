export type DatabaseEngine = 'mongodb' | 'mongodb-memory-server' | 'ferretdb';

export interface LaunchedDatabase {
  uri: string;
  engine: DatabaseEngine;
  stop(): Promise<void>;
}

export type Log = (message: string) => void;

export interface LaunchOptions {
  /** Persistent data directory (npm start uses <repo>/data); omitted = temporary dir removed on stop (tests). */
  dataDir?: string;
  /** Default process.env; read for MONGODB_URI, JUMELAGE_DB, FERRETDB_BIN, PATH, TMPDIR and MONGOMS_*. */
  env?: NodeJS.ProcessEnv;
  log?: Log;
  /** Where .tools/bin lives; default: the directory above this package holding turbo.json or package-lock.json. */
  repoRoot?: string;
  /** How long to wait for the mongod download host before moving on to FerretDB; default 2000. */
  memoryServerTimeoutMs?: number;
}

export interface FerretDbProcess {
  uri: string;
  port: number;
  dataDir: string;
  stop(): Promise<void>;
}

export interface StartFerretDbOptions {
  binary: string;
  dataDir: string;
  /** Fixed port, e.g. to restart a server where clients expect it; default: a free one. */
  port?: number;
  log?: Log;
  /** How long the server may take to answer ping; default 30000. */
  readyTimeoutMs?: number;
}
