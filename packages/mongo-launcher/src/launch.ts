import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseUnavailableError, messageOf } from './errors.ts';
import { startFerretDb } from './ferretdb.ts';
import { ensureFerretDb } from './ferretdb-binary.ts';
import { startMemoryServer } from './memory-server.ts';
import { findRepoRoot } from './repo-root.ts';
import type { DatabaseEngine, LaunchedDatabase, LaunchOptions, Log } from './types.ts';

type LocalEngine = Exclude<DatabaseEngine, 'mongodb'>;

const LOCAL_ENGINES: readonly LocalEngine[] = ['mongodb-memory-server', 'ferretdb'];
const ENGINE_DIRS: Record<LocalEngine, string> = {
  'mongodb-memory-server': 'mongodb',
  ferretdb: 'ferretdb',
};

const defaultLog: Log = (message) => console.error(`[database] ${message}`);

/**
 * Finds a database in the order of DESIGN.md section 3: MONGODB_URI, mongodb-memory-server, FerretDB;
 * JUMELAGE_DB forces one of the local engines.
 */
export async function launchDatabase(options: LaunchOptions = {}): Promise<LaunchedDatabase> {
  const env = options.env ?? process.env;
  const log = options.log ?? defaultLog;
  const forced = forcedEngine(env.JUMELAGE_DB);
  const uri = env.MONGODB_URI;
  if (uri !== undefined && uri !== '') {
    if (forced === null) return useGivenUri(uri, log);
    log(`JUMELAGE_DB=${forced}: ignoring MONGODB_URI`);
  }
  const reasons: string[] = [];
  for (const engine of forced === null ? LOCAL_ENGINES : [forced]) {
    try {
      const database = await startLocalEngine(engine, { ...options, env, log });
      log(
        `using ${engine} at ${database.uri}${options.dataDir === undefined ? ' (temporary data)' : ''}`,
      );
      warnAboutOtherEngineData(engine, options.dataDir, log);
      return database;
    } catch (error) {
      reasons.push(`${engine}: ${messageOf(error)}`);
      log(`${engine} unavailable: ${messageOf(error)}`);
    }
  }
  throw new DatabaseUnavailableError(reasons);
}

function forcedEngine(value: string | undefined): LocalEngine | null {
  if (value === undefined || value === '') return null;
  const engine = LOCAL_ENGINES.find((candidate) => candidate === value);
  if (engine === undefined)
    throw new Error(`JUMELAGE_DB must be one of ${LOCAL_ENGINES.join(', ')}; got "${value}"`);
  return engine;
}

function useGivenUri(uri: string, log: Log): LaunchedDatabase {
  if (!/^mongodb(\+srv)?:\/\//.test(uri))
    throw new Error('MONGODB_URI must start with mongodb:// or mongodb+srv://');
  // The URI may hold credentials, so only its presence is logged.
  log('using mongodb from MONGODB_URI');
  return { uri, engine: 'mongodb', stop: async () => undefined };
}

type ResolvedOptions = LaunchOptions & { env: NodeJS.ProcessEnv; log: Log };

async function startLocalEngine(
  engine: LocalEngine,
  options: ResolvedOptions,
): Promise<LaunchedDatabase> {
  const persistentDir =
    options.dataDir === undefined ? undefined : join(options.dataDir, ENGINE_DIRS[engine]);
  if (engine === 'mongodb-memory-server') {
    return startMemoryServer({
      dbPath: persistentDir,
      env: options.env,
      log: options.log,
      probeTimeoutMs: options.memoryServerTimeoutMs ?? 2000,
    });
  }
  const binary = await ensureFerretDb(options.repoRoot ?? findRepoRoot(), options.log, options.env);
  const dataDir =
    persistentDir ?? (await mkdtemp(join(options.env.TMPDIR || tmpdir(), 'jumelage-ferretdb-')));
  const removeTemporaryData = async (): Promise<void> => {
    if (persistentDir === undefined) await rm(dataDir, { recursive: true, force: true });
  };
  try {
    const server = await startFerretDb({ binary, dataDir, log: options.log });
    return {
      uri: server.uri,
      engine: 'ferretdb',
      stop: async () => {
        await server.stop();
        await removeTemporaryData();
      },
    };
  } catch (error) {
    await removeTemporaryData();
    throw error;
  }
}

/** Switching engines silently hides earlier data (it stays in the other engine's directory), so say so. */
function warnAboutOtherEngineData(
  engine: LocalEngine,
  dataDir: string | undefined,
  log: Log,
): void {
  if (dataDir === undefined) return;
  for (const other of LOCAL_ENGINES.filter((candidate) => candidate !== engine)) {
    const otherDir = join(dataDir, ENGINE_DIRS[other]);
    if (existsSync(otherDir))
      log(`note: data in ${otherDir} belongs to ${other}; JUMELAGE_DB=${other} uses it`);
  }
}
