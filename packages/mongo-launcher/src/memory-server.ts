import { mkdir } from 'node:fs/promises';
import { probeDownloadHost } from './download-probe.ts';
import type { LaunchedDatabase, Log } from './types.ts';

export interface MemoryServerOptions {
  /** Persistent wiredTiger files; omitted = a temporary directory that mongodb-memory-server removes. */
  dbPath?: string;
  env: NodeJS.ProcessEnv;
  log: Log;
  probeTimeoutMs: number;
}

/**
 * mongodb-memory-server reads MONGOMS_* from process.env itself; passing these from `env` makes a
 * caller-supplied environment count too (process.env still wins where both set one).
 */
function binaryOptions(env: NodeJS.ProcessEnv): {
  version?: string;
  downloadDir?: string;
  systemBinary?: string;
} {
  return {
    version: env.MONGOMS_VERSION || undefined,
    downloadDir: env.MONGOMS_DOWNLOAD_DIR || undefined,
    systemBinary: env.MONGOMS_SYSTEM_BINARY || undefined,
  };
}

/** Starts a real mongod, probing the download host first unless a binary is already cached or configured. */
export async function startMemoryServer(options: MemoryServerOptions): Promise<LaunchedDatabase> {
  // Loaded on demand: production (MONGODB_URI) never needs it.
  const { DryMongoBinary, MongoMemoryServer } = await import('mongodb-memory-server');
  const binary = binaryOptions(options.env);
  const cached = await DryMongoBinary.locateBinary(DryMongoBinary.getEnsuredOptions(binary));
  if (cached === undefined) {
    const unreachable = await probeDownloadHost(options.env, options.probeTimeoutMs);
    if (unreachable !== null) throw new Error(unreachable);
    options.log('downloading mongod once for mongodb-memory-server (cached afterwards)');
  }
  const instance =
    options.dbPath === undefined
      ? {}
      : { dbPath: options.dbPath, storageEngine: 'wiredTiger' as const };
  if (options.dbPath !== undefined) await mkdir(options.dbPath, { recursive: true });
  const server = await MongoMemoryServer.create({ binary, instance });
  return {
    uri: server.getUri(),
    engine: 'mongodb-memory-server',
    stop: async () => {
      await server.stop();
    },
  };
}
