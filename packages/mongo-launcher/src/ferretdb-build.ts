import { chmod, cp, mkdir, mkdtemp, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { runCommand } from './child-process.ts';
import type { Log } from './types.ts';

const FERRETDB_MODULE = 'github.com/FerretDB/FerretDB';
const PROGRESS_EVERY_MS = 15_000;

export interface BuildFerretDbOptions {
  go: string;
  target: string;
  version: string;
  env: NodeJS.ProcessEnv;
  log: Log;
}

/**
 * Builds FerretDB from its module source. `go install ...@version` fails here (the proxy refuses the
 * version list it reads) and a build straight from the module cache panics at start, because the
 * module zip lacks build/version/version.txt; so: download, copy, add that file, build.
 */
export async function buildFerretDb(options: BuildFerretDbOptions): Promise<string> {
  const { go, target, version, env, log } = options;
  const startedAt = Date.now();
  log(`building FerretDB ${version} once with ${go} into ${target}, about 60 s`);
  const progress = setInterval(
    () => log(`still building FerretDB (${Math.round((Date.now() - startedAt) / 1000)} s)`),
    PROGRESS_EVERY_MS,
  );
  progress.unref();
  const work = await mkdtemp(join(env.TMPDIR ?? tmpdir(), 'ferretdb-build-'));
  const partial = `${target}.partial-${process.pid}`;
  try {
    const json = await runCommand(
      go,
      ['mod', 'download', '-json', `${FERRETDB_MODULE}@${version}`],
      { cwd: work, env, log },
    );
    const source = join(work, 'src');
    await cp(moduleDir(json), source, { recursive: true });
    await makeWritable(source);
    await writeFile(join(source, 'build', 'version', 'version.txt'), `${version}\n`);
    await mkdir(dirname(target), { recursive: true });
    await runCommand(go, ['build', '-trimpath', '-o', partial, './cmd/ferretdb'], {
      cwd: source,
      env,
      log,
    });
    // Renamed into place so a concurrent launcher never finds a half-written binary.
    await rename(partial, target);
    log(`built ${target} in ${Math.round((Date.now() - startedAt) / 1000)} s`);
    return target;
  } finally {
    clearInterval(progress);
    await rm(partial, { force: true });
    await makeWritable(work).catch(() => undefined);
    await rm(work, { recursive: true, force: true });
  }
}

function moduleDir(goModDownloadJson: string): string {
  const parsed: unknown = JSON.parse(goModDownloadJson);
  if (typeof parsed === 'object' && parsed !== null) {
    if ('Error' in parsed && typeof parsed.Error === 'string')
      throw new Error(`go mod download: ${parsed.Error}`);
    if ('Dir' in parsed && typeof parsed.Dir === 'string') return parsed.Dir;
  }
  throw new Error(
    `go mod download printed no module directory: ${goModDownloadJson.slice(0, 500)}`,
  );
}

/** The module cache is read-only (files and directories), so a copy is too: `chmod -R u+w`. */
async function makeWritable(root: string): Promise<void> {
  const entries = await readdir(root, { recursive: true });
  for (const path of [root, ...entries.map((entry) => join(root, entry))]) {
    const { mode } = await stat(path);
    await chmod(path, mode | 0o200);
  }
}
