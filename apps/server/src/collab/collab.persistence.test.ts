import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, inject, it } from 'vitest';
import * as Y from 'yjs';
import {
  addParagraph,
  createCast,
  eventually,
  openCollab,
  startRestartableDatabase,
  startTestServer,
  synced,
  type CollabClient,
  type TestClient,
  type TestServer,
} from '@jumelage/test-utils';

const servers: TestServer[] = [];
const clients: CollabClient[] = [];
const start = async (options: Parameters<typeof startTestServer>[0]) => {
  const server = await startTestServer(options);
  servers.push(server);
  return server;
};
const open = (client: TestClient, planId: string, doc?: Y.Doc) => {
  const collab = openCollab(client, planId, { doc });
  clients.push(collab);
  return collab;
};
/** The same browser session, talking to another server process. */
const sameSessionOn = (server: TestServer, client: TestClient) => Object.assign(server.client(), { sessionToken: client.sessionToken });
const liveText = (server: TestServer, planId: string) => server.app.collab.registry.get(planId)?.doc.getXmlFragment('default').toString() ?? '';

async function createPlan(server: TestServer, cast: Awaited<ReturnType<typeof createCast>>): Promise<string> {
  const response = await cast.member.client.post<{ data: { id: string } }>(`/api/partnerships/${cast.partnership.id}/plans`, { title: 'Plan', templateKey: 'blank' });
  if (response.status !== 201) throw new Error(`create plan failed: ${response.status}`);
  return response.body.data.id;
}

afterEach(async () => {
  for (const client of clients.splice(0)) client.destroy();
  for (const server of servers.splice(0)) await server.close();
});

describe('plan persistence', () => {
  it('keeps every edit across a graceful restart', async () => {
    const dbName = `persist_${randomUUID().slice(0, 8)}`;
    const first = await start({ dbName });
    const cast = await createCast(first);
    const planId = await createPlan(first, cast);
    const writer = open(cast.member.client, planId);
    await synced(writer);
    for (let i = 0; i < 20; i++) addParagraph(writer.doc, `Absatz ${i}`);
    await eventually(() => liveText(first, planId).includes('Absatz 19'));
    const before = writer.text();
    await first.close();
    servers.splice(servers.indexOf(first), 1);

    const second = await start({ dbName });
    const reader = open(sameSessionOn(second, cast.expert.client), planId);
    await synced(reader);
    expect(reader.text()).toBe(before);
  });

  it('keeps the edits of plans typed in at the same time (their batches share writes) across a restart', async () => {
    const dbName = `persist_${randomUUID().slice(0, 8)}`;
    const first = await start({ dbName });
    const cast = await createCast(first);
    const planIds = [await createPlan(first, cast), await createPlan(first, cast), await createPlan(first, cast)];
    const writers = planIds.map((planId) => open(cast.member.client, planId));
    await Promise.all(writers.map(synced));
    for (let i = 0; i < 15; i++) {
      writers.forEach((writer, plan) => addParagraph(writer.doc, `Plan ${plan}, Absatz ${i}`));
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    await eventually(() => planIds.every((planId, plan) => liveText(first, planId).includes(`Plan ${plan}, Absatz 14`)));
    const before = writers.map((writer) => writer.text());
    await first.close();
    servers.splice(servers.indexOf(first), 1);

    const second = await start({ dbName });
    const readers = planIds.map((planId) => open(sameSessionOn(second, cast.expert.client), planId));
    await Promise.all(readers.map(synced));
    expect(readers.map((reader) => reader.text())).toEqual(before);
  });

  it('stores a batch larger than a database document can hold (2 MiB updates that delete each other)', { timeout: 60_000 }, async () => {
    const dbName = `persist_${randomUUID().slice(0, 8)}`;
    const first = await start({ dbName });
    const cast = await createCast(first);
    const planId = await createPlan(first, cast);
    const editor = { id: cast.member.id, name: 'Member' };
    // Nine updates of 1.9 MB within one batch: 17 MB, more than MongoDB's 16 MiB per document.
    await first.app.collab.registry.withDocument(planId, cast.partnership.id, (shared) =>
      shared.change(editor, (doc) => {
        const fragment = doc.getXmlFragment('default');
        for (let i = 0; i < 9; i++) {
          if (fragment.length > 0) fragment.delete(0, 1);
          const paragraph = new Y.XmlElement('paragraph');
          paragraph.insert(0, [new Y.XmlText(`${i}`.repeat(1_900_000))]);
          fragment.insert(0, [paragraph]);
        }
        const last = new Y.XmlElement('paragraph');
        last.insert(0, [new Y.XmlText('Ende')]);
        fragment.push([last]);
      }),
    );
    await first.close();
    servers.splice(servers.indexOf(first), 1);

    const second = await start({ dbName });
    // MongoDB refuses a document over 16 MiB (FerretDB v1 takes it, so the rows are checked too).
    const rows = await second.models.PlanUpdate.find({ planId });
    expect(Math.max(...rows.map((row) => row.updates.byteLength))).toBeLessThan(16 * 1024 * 1024);
    const reader = open(sameSessionOn(second, cast.owner.client), planId);
    await synced(reader);
    expect(reader.text()).toContain('8888');
    expect(reader.text()).toContain('Ende');
    expect(reader.text()).not.toContain('7777');
  });

  it('frees a document after its last client left and everything was written', async () => {
    const server = await start({});
    const cast = await createCast(server);
    const planId = await createPlan(server, cast);
    const writer = open(cast.member.client, planId);
    await synced(writer);
    addParagraph(writer.doc, 'Zuletzt geschrieben');
    await eventually(() => liveText(server, planId).includes('Zuletzt'));
    writer.destroy();
    await eventually(() => server.app.collab.stats().documents === 0);
    const loads = server.app.collab.stats().loads;
    const reader = open(cast.owner.client, planId);
    await synced(reader);
    expect(server.app.collab.stats().loads).toBe(loads + 1);
    expect(reader.text()).toContain('Zuletzt geschrieben');
  });

  it('compacts many stored updates into one state when the document is unloaded', async () => {
    const server = await start({});
    const cast = await createCast(server);
    const planId = await createPlan(server, cast);
    const writer = open(cast.member.client, planId);
    await synced(writer);
    for (let i = 0; i < 600; i++) {
      addParagraph(writer.doc, `Zeile ${i}`);
      if (i % 100 === 99) await eventually(() => liveText(server, planId).includes(`Zeile ${i}`));
    }
    await eventually(() => liveText(server, planId).includes('Zeile 599'));
    const text = writer.text();
    writer.destroy();
    await eventually(() => server.app.collab.stats().documents === 0);
    const rows = await server.models.PlanUpdate.find({ planId });
    expect(rows.map((row) => row.count)).toEqual([1]);
    const reader = open(cast.owner.client, planId);
    await synced(reader);
    expect(reader.text()).toBe(text);
  });

  it('gets back edits the server lost (database writes failed, then the server stopped) from reconnecting clients', { timeout: 60_000 }, async () => {
    const database = await startRestartableDatabase(inject('dbEngine'));
    try {
      const dbName = `outage_${randomUUID().slice(0, 8)}`;
      const first = await start({ mongoUri: database.uri, dbName });
      const cast = await createCast(first);
      const planId = await createPlan(first, cast);
      const writer = open(cast.member.client, planId);
      await synced(writer);
      addParagraph(writer.doc, 'Gespeichert');
      await eventually(async () => (await first.models.PlanUpdate.countDocuments({ planId })) > 1);

      await database.pause();
      addParagraph(writer.doc, 'Nur im Speicher und beim Client');
      await eventually(() => liveText(first, planId).includes('Nur im Speicher'));
      await first.close(); // the final write fails: the server loses this edit
      servers.splice(servers.indexOf(first), 1);
      writer.provider.disconnect();
      await database.resume();

      const second = await start({ mongoUri: database.uri, dbName });
      const fresh = open(sameSessionOn(second, cast.expert.client), planId);
      await synced(fresh);
      expect(fresh.text()).toContain('Gespeichert');
      expect(fresh.text()).not.toContain('Nur im Speicher');

      // The writer's browser still holds the edit; reconnecting syncs it back.
      open(sameSessionOn(second, cast.member.client), planId, writer.doc);
      await eventually(() => fresh.text().includes('Nur im Speicher und beim Client'));
      fresh.destroy();
      for (const client of clients) client.destroy();
      await eventually(() => second.app.collab.stats().documents === 0);
      const reader = open(sameSessionOn(second, cast.owner.client), planId);
      await synced(reader);
      expect(reader.text()).toContain('Nur im Speicher und beim Client');
    } finally {
      for (const client of clients.splice(0)) client.destroy();
      for (const server of servers.splice(0)) await server.close();
      await database.stop();
    }
  });
});
