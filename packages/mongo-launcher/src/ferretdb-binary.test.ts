import { execFileSync } from 'node:child_process';
import { chmod, mkdir, writeFile } from 'node:fs/promises';
import { delimiter, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  ensureFerretDb,
  ferretDbToolPath,
  findFerretDb,
  isExecutableFile,
} from './ferretdb-binary.ts';
import { quiet, removeTemporaryDirs, temporaryDir } from './test-support.ts';

async function fakeExecutable(path: string): Promise<string> {
  await mkdir(join(path, '..'), { recursive: true });
  await writeFile(path, '#!/bin/sh\nexit 0\n');
  await chmod(path, 0o755);
  return path;
}

afterEach(removeTemporaryDirs);

describe('findFerretDb', () => {
  it('prefers FERRETDB_BIN over PATH and .tools/bin', async () => {
    const repo = await temporaryDir();
    const pathDir = await temporaryDir();
    await fakeExecutable(join(pathDir, 'ferretdb'));
    await fakeExecutable(ferretDbToolPath(repo));
    const configured = await fakeExecutable(join(await temporaryDir(), 'my-ferretdb'));
    expect(findFerretDb(repo, { FERRETDB_BIN: configured, PATH: pathDir })).toBe(configured);
  });

  it('uses ferretdb from PATH before .tools/bin', async () => {
    const repo = await temporaryDir();
    const pathDir = await temporaryDir();
    const onPath = await fakeExecutable(join(pathDir, 'ferretdb'));
    await fakeExecutable(ferretDbToolPath(repo));
    expect(findFerretDb(repo, { PATH: pathDir })).toBe(onPath);
  });

  it('finds <repo>/.tools/bin/ferretdb', async () => {
    const repo = await temporaryDir();
    const tool = await fakeExecutable(ferretDbToolPath(repo));
    expect(findFerretDb(repo, { PATH: await temporaryDir() })).toBe(tool);
  });

  it('returns null when there is none', async () => {
    expect(findFerretDb(await temporaryDir(), { PATH: await temporaryDir() })).toBeNull();
  });

  it('refuses a FERRETDB_BIN that is not executable instead of silently looking elsewhere', async () => {
    const repo = await temporaryDir();
    await fakeExecutable(ferretDbToolPath(repo));
    expect(() => findFerretDb(repo, { FERRETDB_BIN: join(repo, 'missing') })).toThrow(
      /FERRETDB_BIN=.* not an executable/,
    );
  });
});

describe('ensureFerretDb', () => {
  it('says what is missing when there is neither a binary nor go', async () => {
    const repo = await temporaryDir();
    await expect(ensureFerretDb(repo, quiet, { PATH: await temporaryDir() })).rejects.toThrow(
      /no ferretdb binary .* and no go on PATH/,
    );
  });

  // About a minute and the Go module proxy: run with FERRETDB_BUILD_TEST=1.
  it.runIf(process.env.FERRETDB_BUILD_TEST === '1')(
    'builds FerretDB with go into <repo>/.tools/bin when it is missing',
    async () => {
      const repo = await temporaryDir();
      const messages: string[] = [];
      const pathWithoutFerretDb = (process.env.PATH ?? '')
        .split(delimiter)
        .filter((dir) => !isExecutableFile(join(dir, 'ferretdb')))
        .join(delimiter);
      const env = { ...process.env, FERRETDB_BIN: '', PATH: pathWithoutFerretDb };

      const built = await ensureFerretDb(repo, (message) => messages.push(message), env);

      expect(built).toBe(ferretDbToolPath(repo));
      expect(messages[0]).toMatch(/building FerretDB v1\.24\.2 once/);
      expect(execFileSync(built, ['--version'], { encoding: 'utf8' })).toMatch(
        /version: v1\.24\.2/,
      );
    },
    300_000,
  );
});
