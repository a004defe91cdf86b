import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DatabaseUnavailableError } from './errors.ts';
import { startFerretDb } from './ferretdb.ts';
import { ensureFerretDb } from './ferretdb-binary.ts';
import { launchDatabase } from './launch.ts';
import { ping } from './ping.ts';
import { findRepoRoot } from './repo-root.ts';
import { freePort, isPortOpen } from './tcp.ts';
import {
  neutralEnv,
  portOf,
  quiet,
  removeTemporaryDirs,
  temporaryDir,
  withDb,
} from './test-support.ts';

let binary = '';

beforeAll(async () => {
  binary = await ensureFerretDb(findRepoRoot(), quiet);
});

afterEach(removeTemporaryDirs);

/**
 * An environment in which none of the three ways can work: the mongod download points at a closed port,
 * and the version asked for is one no cache holds (mongodb-memory-server also searches ~/.cache).
 */
async function hopelessEnv(overrides: NodeJS.ProcessEnv = {}): Promise<NodeJS.ProcessEnv> {
  return {
    PATH: await temporaryDir(),
    HOME: await temporaryDir(),
    TMPDIR: await temporaryDir(),
    MONGOMS_DOWNLOAD_MIRROR: `http://127.0.0.1:${await freePort()}`,
    MONGOMS_DOWNLOAD_DIR: await temporaryDir(),
    MONGOMS_VERSION: '0.0.1',
    ...overrides,
  };
}

describe('launchDatabase', () => {
  it('uses MONGODB_URI as given and leaves that server running on stop', async () => {
    const external = await startFerretDb({ binary, dataDir: await temporaryDir() });
    try {
      const database = await launchDatabase({
        env: neutralEnv({ MONGODB_URI: external.uri }),
        log: quiet,
      });
      expect(database).toMatchObject({ uri: external.uri, engine: 'mongodb' });
      await ping(database.uri);
      await database.stop();
      await ping(database.uri);
    } finally {
      await external.stop();
    }
  });

  it('starts FerretDB when JUMELAGE_DB=ferretdb, and stop() kills it and removes its temporary data', async () => {
    const tmp = await temporaryDir();
    const messages: string[] = [];
    const database = await launchDatabase({
      env: neutralEnv({ JUMELAGE_DB: 'ferretdb', TMPDIR: tmp }),
      log: (message) => messages.push(message),
    });
    expect(database.engine).toBe('ferretdb');
    expect(messages).toContainEqual(
      expect.stringMatching(/^using ferretdb at mongodb:\/\/127\.0\.0\.1:\d+\//),
    );
    const names = await withDb(database.uri, async (db) => {
      await db.collection('towns').insertMany([{ name: 'Lyon' }, { name: 'Birmingham' }]);
      return (await db.collection('towns').find().sort({ name: 1 }).toArray()).map(
        (town) => town.name,
      );
    });
    expect(names).toEqual(['Birmingham', 'Lyon']);
    expect(await readdir(tmp)).toHaveLength(1);

    await database.stop();
    expect(await isPortOpen(portOf(database.uri))).toBe(false);
    expect(await readdir(tmp)).toEqual([]);
  });

  it('keeps FerretDB data in <dataDir>/ferretdb across stop and a new launch', async () => {
    const dataDir = await temporaryDir();
    const options = { dataDir, env: neutralEnv({ JUMELAGE_DB: 'ferretdb' }), log: quiet };
    const first = await launchDatabase(options);
    await withDb(first.uri, (db) => db.collection('towns').insertOne({ name: 'Cluj' }));
    await first.stop();
    expect(existsSync(join(dataDir, 'ferretdb'))).toBe(true);

    const second = await launchDatabase(options);
    try {
      const found = await withDb(second.uri, (db) =>
        db.collection('towns').findOne({ name: 'Cluj' }),
      );
      expect(found?.name).toBe('Cluj');
    } finally {
      await second.stop();
    }
  });

  it('fails within seconds with one message naming the three ways when nothing is available', async () => {
    const startedAt = Date.now();
    const error: unknown = await launchDatabase({
      env: await hopelessEnv(),
      repoRoot: await temporaryDir(),
      log: quiet,
    }).catch((rejection: unknown) => rejection);
    expect(Date.now() - startedAt).toBeLessThan(5000);
    expect(error).toBeInstanceOf(DatabaseUnavailableError);
    const message = error instanceof Error ? error.message : '';
    expect(message).toMatch(
      /mongodb-memory-server: cannot reach 127\.0\.0\.1:\d+ to download mongod/,
    );
    expect(message).toMatch(/ferretdb: no ferretdb binary .* and no go on PATH/);
    expect(message).toContain('MONGODB_URI');
    expect(message).toContain('MONGOMS_SYSTEM_BINARY');
    expect(message).toContain('FERRETDB_BIN');
  });

  it('fails clearly when the forced engine is unavailable, without trying another', async () => {
    const error: unknown = await launchDatabase({
      env: await hopelessEnv({ JUMELAGE_DB: 'mongodb-memory-server', FERRETDB_BIN: '/bin/true' }),
      log: quiet,
    }).catch((rejection: unknown) => rejection);
    expect(error).toBeInstanceOf(DatabaseUnavailableError);
    expect(error instanceof DatabaseUnavailableError ? error.reasons : []).toEqual([
      expect.stringMatching(/^mongodb-memory-server: cannot reach/),
    ]);
  });

  it('rejects an unknown JUMELAGE_DB', async () => {
    await expect(
      launchDatabase({ env: neutralEnv({ JUMELAGE_DB: 'postgres' }), log: quiet }),
    ).rejects.toThrow(/JUMELAGE_DB must be one of mongodb-memory-server, ferretdb/);
  });
});
