import { accessSync, constants, statSync } from 'node:fs';
import { delimiter, join, resolve } from 'node:path';
import { buildFerretDb } from './ferretdb-build.ts';
import type { Log } from './types.ts';

export const FERRETDB_VERSION = 'v1.24.2';

export function ferretDbToolPath(repoRoot: string): string {
  return join(repoRoot, '.tools', 'bin', 'ferretdb');
}

/** FERRETDB_BIN, then PATH, then <repo>/.tools/bin/ferretdb. A FERRETDB_BIN that is not executable is an error, not a miss. */
export function findFerretDb(
  repoRoot: string,
  env: NodeJS.ProcessEnv = process.env,
): string | null {
  const configured = env.FERRETDB_BIN;
  if (configured !== undefined && configured !== '') {
    const path = resolve(configured);
    if (!isExecutableFile(path))
      throw new Error(`FERRETDB_BIN=${configured} is not an executable file`);
    return path;
  }
  const onPath = findOnPath('ferretdb', env);
  if (onPath !== null) return onPath;
  const tool = ferretDbToolPath(repoRoot);
  return isExecutableFile(tool) ? tool : null;
}

/** Finds FerretDB, else builds it once with go into <repo>/.tools/bin, else throws saying what is missing. */
export async function ensureFerretDb(
  repoRoot: string,
  log: Log,
  env: NodeJS.ProcessEnv = process.env,
): Promise<string> {
  const found = findFerretDb(repoRoot, env);
  if (found !== null) return found;
  const go = findOnPath('go', env);
  if (go === null) {
    throw new Error(
      `no ferretdb binary (FERRETDB_BIN, PATH, ${ferretDbToolPath(repoRoot)}) and no go on PATH to build it`,
    );
  }
  return buildFerretDb({
    go,
    target: ferretDbToolPath(repoRoot),
    version: FERRETDB_VERSION,
    env,
    log,
  });
}

export function isExecutableFile(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** Like `which`, but over the given environment's PATH rather than this process's. */
export function findOnPath(name: string, env: NodeJS.ProcessEnv): string | null {
  const entries = (env.PATH ?? '').split(delimiter).filter((entry) => entry !== '');
  for (const entry of entries) {
    const candidate = join(entry, name);
    if (isExecutableFile(candidate)) return candidate;
  }
  return null;
}
