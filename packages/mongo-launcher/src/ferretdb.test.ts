import { existsSync } from 'node:fs';
import { createServer, type Socket } from 'node:net';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ensureFerretDb } from './ferretdb-binary.ts';
import { startFerretDb } from './ferretdb.ts';
import { findRepoRoot } from './repo-root.ts';
import { freePort, isPortOpen } from './tcp.ts';
import { quiet, removeTemporaryDirs, temporaryDir, withDb } from './test-support.ts';

let binary = '';

beforeAll(async () => {
  binary = await ensureFerretDb(findRepoRoot(), quiet);
});

afterEach(removeTemporaryDirs);

describe('startFerretDb', () => {
  it('serves the driver once started and closes its port on stop', async () => {
    const server = await startFerretDb({ binary, dataDir: await temporaryDir() });
    const found = await withDb(server.uri, async (db) => {
      await db.collection('towns').insertOne({ name: 'Lyon' });
      return db.collection('towns').findOne({ name: 'Lyon' });
    });
    expect(found?.name).toBe('Lyon');

    await server.stop();
    expect(await isPortOpen(server.port)).toBe(false);
  });

  it('restarts on the same port and data directory with the data intact', async () => {
    const dataDir = await temporaryDir();
    const port = await freePort();
    const first = await startFerretDb({ binary, dataDir, port });
    await withDb(first.uri, (db) => db.collection('towns').insertOne({ name: 'Bamberg' }));
    await first.stop();

    const second = await startFerretDb({ binary, dataDir, port });
    try {
      expect(second.uri).toBe(first.uri);
      const found = await withDb(second.uri, (db) =>
        db.collection('towns').findOne({ name: 'Bamberg' }),
      );
      expect(found?.name).toBe('Bamberg');
    } finally {
      await second.stop();
    }
  });

  it('keeps its state file beside the data rather than in the working directory', async () => {
    const dataDir = join(await temporaryDir(), 'not-yet-created');
    const server = await startFerretDb({ binary, dataDir });
    await server.stop();
    expect(existsSync(join(dataDir, 'state.json'))).toBe(true);
  });

  it('rejects with FerretDB’s own output when it cannot listen', async () => {
    const sockets = new Set<Socket>();
    const blocker = createServer((socket) => sockets.add(socket));
    const port = await freePort();
    await new Promise<void>((resolve) => blocker.listen(port, '127.0.0.1', resolve));
    try {
      const startedAt = Date.now();
      await expect(startFerretDb({ binary, dataDir: await temporaryDir(), port })).rejects.toThrow(
        /exited .* before answering ping:[\s\S]*address already in use/,
      );
      expect(Date.now() - startedAt).toBeLessThan(1500);
    } finally {
      // The driver may leave its probe of this silent server open, which would keep close() waiting.
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => blocker.close(resolve));
    }
  });
});
