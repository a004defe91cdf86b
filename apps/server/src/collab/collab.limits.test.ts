import http from 'node:http';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { WebSocket } from 'ws';
import * as encoding from 'lib0/encoding';
import { collabCloseCodes } from '@jumelage/contracts/constants';
import {
  addParagraph,
  closeCode,
  connectionClosed,
  castForFile,
  createUser,
  addMember,
  eventually,
  openCollab,
  openRawCollab,
  serverForFile,
  synced,
  TestClient,
  type CollabClient,
} from '@jumelage/test-utils';
import { createCollab, type Collab } from './collab.ts';

// A second collab endpoint on the test server's database with tiny limits, on its own port.
const server = serverForFile();
const cast = castForFile(server);
let collab: Collab;
let httpServer: http.Server;
let baseUrl: string;
const clients: CollabClient[] = [];
const sockets: WebSocket[] = [];

async function openRaw(client: TestClient, planId: string): Promise<WebSocket> {
  const outcome = await openRawCollab(onLimitedServer(client), planId);
  if (!('opened' in outcome)) throw new Error(`upgrade refused with ${outcome.status}`);
  sockets.push(outcome.opened);
  return outcome.opened;
}

/** A y-websocket awareness message for one client id with a JSON state carrying `padding`. */
function awarenessMessage(clientId: number, clock: number, padding: string): Uint8Array {
  const update = encoding.encode((encoder) => {
    encoding.writeVarUint(encoder, 1);
    encoding.writeVarUint(encoder, clientId);
    encoding.writeVarUint(encoder, clock);
    encoding.writeVarString(encoder, JSON.stringify({ padding }));
  });
  return encoding.encode((encoder) => {
    encoding.writeVarUint(encoder, 1);
    encoding.writeVarUint8Array(encoder, update);
  });
}

const onLimitedServer = (client: TestClient) => Object.assign(new TestClient(baseUrl), { sessionToken: client.sessionToken });

async function createPlan(): Promise<string> {
  const response = await cast.owner.client.post<{ data: { id: string } }>(`/api/partnerships/${cast.partnership.id}/plans`, { title: 'Plan', templateKey: 'blank' });
  return response.body.data.id;
}

beforeAll(async () => {
  const limits = { connectionsPerDocument: 2, documentBytes: 4000, messageBytes: 3000, sendBacklogBytes: 64 * 1024, pingIntervalMs: 4000 };
  collab = createCollab(server.app.ctx, { limits, onStored: () => undefined });
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

  it('closes a reader that stopped reading once its backlog passes the limit (4507) and goes on serving the plan', async () => {
    const planId = await createPlan();
    const stalled = await openRaw(cast.member.client, planId);
    const stalledCode = closeCode(stalled);
    stalled.pause(); // a reader on a link that stopped moving: nothing it is sent gets read
    const talker = await openRaw(cast.owner.client, planId);
    // Changing cursor states of ~2.5 kB, each relayed to both connections, until the stalled one is dropped.
    // The operating system's socket buffers fill first, then the server's backlog.
    let isClosed = false;
    void stalledCode.then(() => (isClosed = true));
    for (let clock = 1; !isClosed && clock <= 20_000; clock++) {
      talker.send(awarenessMessage(1, clock, String(clock).padEnd(2500, 'x')));
      if (clock % 50 === 0) await new Promise((resolve) => setImmediate(resolve));
    }
    stalled.resume();
    expect(await stalledCode).toBe(collabCloseCodes.sendBacklogTooLarge);
    const next = openCollab(onLimitedServer(cast.expert.client), planId);
    clients.push(next);
    await synced(next); // the endpoint goes on serving the plan
  });

  it('closes a connection when its session expires (4401)', async () => {
    const planId = await createPlan();
    const user = await createUser(server);
    await addMember(server, cast.partnership.id, user, 'member');
    await server.models.Session.updateMany({ userId: user.id }, { expiresAt: new Date(Date.now() + 1500) });
    const collab = openCollab(onLimitedServer(user.client), planId);
    clients.push(collab);
    await synced(collab);
    expect((await connectionClosed(collab)).code).toBe(collabCloseCodes.sessionExpired);
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
