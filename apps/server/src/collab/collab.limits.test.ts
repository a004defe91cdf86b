import http from 'node:http';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { WebSocket } from 'ws';
import { collabCloseCodes } from '@jumelage/contracts/constants';
import {
  addParagraph,
  closeCode,
  connectionClosed,
  createCast,
  eventually,
  openCollab,
  openRawCollab,
  startTestServer,
  synced,
  TestClient,
  type CollabClient,
  type TestServer,
} from '@jumelage/test-utils';
import { createCollab, type Collab } from './collab.ts';

// A second collab endpoint on the test server's database with tiny limits, on its own port.
let server: TestServer;
let cast: Awaited<ReturnType<typeof createCast>>;
let collab: Collab;
let httpServer: http.Server;
let baseUrl: string;
const clients: CollabClient[] = [];
const sockets: WebSocket[] = [];

const onLimitedServer = (client: TestClient) => Object.assign(new TestClient(baseUrl), { sessionToken: client.sessionToken });

async function createPlan(): Promise<string> {
  const response = await cast.owner.client.post<{ data: { id: string } }>(`/api/partnerships/${cast.partnership.id}/plans`, { title: 'Plan', templateKey: 'blank' });
  return response.body.data.id;
}

beforeAll(async () => {
  server = await startTestServer();
  cast = await createCast(server);
  collab = createCollab(server.app.ctx, { limits: { connectionsPerDocument: 2, documentBytes: 4000, messageBytes: 3000 }, onStored: () => undefined });
  httpServer = http.createServer();
  httpServer.on('upgrade', collab.handleUpgrade);
  await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
  const address = httpServer.address();
  baseUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});
afterEach(() => {
  for (const client of clients.splice(0)) client.destroy();
  for (const socket of sockets.splice(0)) socket.terminate();
});
afterAll(async () => {
  collab.closeConnections();
  await new Promise((resolve) => httpServer.close(resolve));
  await collab.close();
  await server.close();
});

describe('collab limits', () => {
  it('refuses a connection beyond the per-document limit with 4529, which clients retry later', async () => {
    const planId = await createPlan();
    const [a, b] = [openCollab(onLimitedServer(cast.member.client), planId), openCollab(onLimitedServer(cast.owner.client), planId)];
    clients.push(a, b);
    await Promise.all([synced(a), synced(b)]);
    const outcome = await openRawCollab(onLimitedServer(cast.expert.client), planId);
    if (!('opened' in outcome)) throw new Error('upgrade refused');
    sockets.push(outcome.opened);
    expect(await closeCode(outcome.opened)).toBe(collabCloseCodes.tooManyConnections);
    expect(collab.stats().connections).toBe(2);
  });

  it('closes a connection whose update would make the document too large (4414) and keeps the rest', async () => {
    const planId = await createPlan();
    const [writer, witness] = [openCollab(onLimitedServer(cast.member.client), planId), openCollab(onLimitedServer(cast.owner.client), planId)];
    clients.push(writer, witness);
    await Promise.all([synced(writer), synced(witness)]);
    addParagraph(writer.doc, 'Kurz');
    await eventually(() => witness.text().includes('Kurz'));
    const closed = connectionClosed(writer);
    for (let i = 0; i < 3; i++) addParagraph(writer.doc, 'x'.repeat(1500));
    expect((await closed).code).toBe(collabCloseCodes.documentTooLarge);
    const stored = collab.registry.get(planId)?.doc;
    expect(stored?.getXmlFragment('default').toString().length).toBeLessThan(4000);
    expect(witness.text()).toContain('Kurz');
  });

  it('closes a connection that sends a message over the limit (4413)', async () => {
    const planId = await createPlan();
    const writer = openCollab(onLimitedServer(cast.member.client), planId);
    clients.push(writer);
    await synced(writer);
    const closed = connectionClosed(writer);
    addParagraph(writer.doc, 'y'.repeat(3500));
    expect((await closed).code).toBe(collabCloseCodes.messageTooLarge);
  });
});
