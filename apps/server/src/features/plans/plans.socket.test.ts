import { randomUUID } from 'node:crypto';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { PlanResponse } from '@jumelage/contracts/plans';
import { createCast, eventually, startRestartableDatabase, startTestServer, type RestartableDatabase, type TestServer } from '@jumelage/test-utils';
import type { StoredChange } from '../../collab/store.ts';
import { createPlanMetaPublisher } from './plans.socket.ts';

let database: RestartableDatabase;
let server: TestServer;
beforeAll(async () => {
  database = await startRestartableDatabase(inject('dbEngine'));
  server = await startTestServer({ mongoUri: database.uri, dbName: `meta_${randomUUID().slice(0, 8)}` });
});
afterAll(async () => {
  await server.close();
  await database.stop();
});

describe('plan metadata after stored changes', () => {
  it('writes the last change again once the database is back, when its write was refused', { timeout: 60_000 }, async () => {
    const cast = await createCast(server);
    const created = await cast.member.client.post<PlanResponse>(`/api/partnerships/${cast.partnership.id}/plans`, { title: 'Grünfläche', templateKey: 'blank' });
    const planId = created.body.data.id;
    const failures: string[] = [];
    const logger = pino({ level: 'error' }, { write: (line: string) => failures.push(line) });
    const publisher = createPlanMetaPublisher({ ...server.app.ctx, logger }, 200);
    const change: StoredChange = {
      storedBytes: 321,
      preview: () => ({ textPreview: 'Letzte Änderung vor dem Ausfall', previewLanguages: [''] }),
      editor: { id: cast.member.id, name: 'Member' },
      changedAt: new Date(),
    };

    await database.pause();
    // The last edit before everyone stopped typing: nothing later will publish this plan again.
    publisher.onStored(planId, cast.partnership.id, change);
    await eventually(() => failures.some((line) => line.includes('updating plan metadata failed')), { timeoutMs: 20_000 });
    await database.resume();

    const stored = await eventually(
      async () => {
        const plan = await server.models.Plan.findById(planId).lean();
        return plan?.textPreview === 'Letzte Änderung vor dem Ausfall' ? plan : undefined;
      },
      { timeoutMs: 20_000, intervalMs: 100 },
    );
    expect(stored).toMatchObject({ sizeBytes: 321 });
    expect(String(stored?.updatedBy)).toBe(cast.member.id);
    await publisher.flush();
  });
});
