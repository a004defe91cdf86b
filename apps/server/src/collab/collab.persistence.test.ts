import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, inject, it } from 'vitest';
import type * as Y from 'yjs';
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
