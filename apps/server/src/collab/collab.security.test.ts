import { afterEach, describe, expect, it } from 'vitest';
import type { WebSocket } from 'ws';
import { collabCloseCodes, collabLimits } from '@jumelage/contracts/constants';
import {
  addMember,
  addParagraph,
  castForFile,
  closeCode,
  connectionClosed,
  createUser,
  eventually,
  openCollab,
  openRawCollab,
  serverForFile,
  synced,
  type CollabClient,
  type TestClient,
} from '@jumelage/test-utils';

const server = serverForFile();
const cast = castForFile(server);
const clients: CollabClient[] = [];
const sockets: WebSocket[] = [];

async function createPlan(): Promise<string> {
  const response = await cast.owner.client.post<{ data: { id: string } }>(`/api/partnerships/${cast.partnership.id}/plans`, { title: 'Plan', templateKey: 'blank' });
  if (response.status !== 201) throw new Error(`create plan failed: ${response.status}`);
  return response.body.data.id;
}

async function openRaw(client = cast.member.client, planId: string): Promise<WebSocket> {
  const outcome = await openRawCollab(client, planId);
  if (!('opened' in outcome)) throw new Error(`upgrade refused with ${outcome.status}`);
  sockets.push(outcome.opened);
  return outcome.opened;
}

/** A collab client that has finished its first sync; closed after each test. */
async function openSynced(client: TestClient, planId: string): Promise<CollabClient> {
  const collab = openCollab(client, planId);
  clients.push(collab);
  await synced(collab);
  return collab;
}

async function newMember(role: 'member' | 'expert', name?: string) {
  const user = await createUser(server, name ? { name } : {});
  await addMember(server, cast.partnership.id, user, role);
  return user;
}

afterEach(() => {
  for (const client of clients.splice(0)) client.destroy();
  for (const socket of sockets.splice(0)) socket.terminate();
});

/** Records every database operation the app sends while `during` runs. */
async function operationsDuring(during: () => Promise<unknown>): Promise<string[]> {
  const operations: string[] = [];
  server.db.connection.set('debug', (collection: string, method: string) => operations.push(`${collection}.${method}`));
  try {
    await during();
  } finally {
    server.db.connection.set('debug', false);
  }
  return operations;
}

describe('collab upgrades are authorised before anything is loaded', () => {
  it.each([
    ['anonymous', () => cast.anonymous, undefined, 401, 'no database work at all'],
    ['a member from a foreign Origin', () => cast.member.client, 'https://evil.example', 403, 'no database work at all'],
    ['a non-member', () => cast.outsider.client, undefined, 404, 'no stored updates read'],
    ['a coordinator who is not a member', () => cast.coordinator.client, undefined, 404, 'no stored updates read'],
  ])('refuses %s with HTTP %i and %s', async (_who, client, origin, status, expectedWork) => {
    const planId = await createPlan();
    const before = server.app.collab.stats();
    const operations = await operationsDuring(async () => {
      expect(await openRawCollab(client(), planId, { origin })).toEqual({ status });
    });
    if (expectedWork === 'no database work at all') expect(operations).toEqual([]);
    else {
      expect(operations).toContain('sessions.findOne'); // the recorder sees the checks that did run
      expect(operations.filter((operation) => operation.startsWith('plan_updates'))).toEqual([]);
    }
    expect(server.app.collab.stats()).toEqual({ ...before, documents: 0 });
    expect(server.app.collab.registry.get(planId)).toBeUndefined();
  });

  it('refuses unknown plans and malformed document names with 404', async () => {
    expect(await openRawCollab(cast.member.client, '0123456789abcdef01234567')).toEqual({ status: 404 });
    expect(await openRawCollab(cast.member.client, 'plan:../../etc')).toEqual({ status: 404 });
    expect(await openRawCollab(cast.member.client, 'milestone:0123456789abcdef01234567')).toEqual({ status: 404 });
  });
});

describe('losing access', () => {
  it('disconnects a member removed from the partnership (4403) and keeps them out', async () => {
    const planId = await createPlan();
    const victim = await newMember('member', 'Leaving');
    const collab = await openSynced(victim.client, planId);
    const closed = connectionClosed(collab);
    await cast.owner.client.delete(`/api/partnerships/${cast.partnership.id}/members/${victim.id}`);
    expect(await closed).toEqual({ code: collabCloseCodes.accessRevoked, reason: 'access revoked' });
    expect(await openRawCollab(victim.client, planId)).toEqual({ status: 404 });
  });

  it('reopens a demoted member\'s connection read-only (4509, retried at once) and a promoted one writable', async () => {
    const planId = await createPlan();
    const changing = await newMember('member', 'Changing role');
    const [collab, witness] = await Promise.all([openSynced(changing.client, planId), openSynced(cast.owner.client, planId)]);
    const setRole = (role: string) => cast.owner.client.patch(`/api/partnerships/${cast.partnership.id}/members/${changing.id}`, { role });

    const demoted = connectionClosed(collab);
    expect((await setRole('observer')).status).toBe(200);
    expect(await demoted).toEqual({ code: collabCloseCodes.accessChanged, reason: 'access changed' });
    await synced(collab); // y-websocket reconnected by itself
    addParagraph(collab.doc, 'Als Beobachterin geschrieben');
    addParagraph(witness.doc, 'Von der Eigentümerin');
    await eventually(() => collab.text().includes('Von der Eigentümerin'));
    expect(witness.text()).not.toContain('Als Beobachterin geschrieben');
    expect(server.app.collab.registry.get(planId)?.doc.getXmlFragment('default').toString()).not.toContain('Als Beobachterin');

    const promoted = connectionClosed(collab);
    expect((await setRole('member')).status).toBe(200);
    expect((await promoted).code).toBe(collabCloseCodes.accessChanged);
    await synced(collab);
    addParagraph(collab.doc, 'Wieder Mitglied');
    await eventually(() => witness.text().includes('Wieder Mitglied'));
  });

  it('leaves connections alone when a member update does not change the role', async () => {
    const planId = await createPlan();
    const collab = await openSynced(cast.expert.client, planId);
    let closes = 0;
    collab.provider.on('connection-close', () => closes++);
    expect((await cast.owner.client.patch(`/api/partnerships/${cast.partnership.id}/members/${cast.expert.id}`, { role: 'expert' })).status).toBe(200);
    addParagraph(collab.doc, 'Noch verbunden');
    await eventually(() => server.app.collab.registry.get(planId)?.doc.getXmlFragment('default').toString().includes('Noch verbunden'));
    expect(closes).toBe(0);
  });

  it('reopens the connections of a user whose global role an administrator changes', async () => {
    const planId = await createPlan();
    const user = await newMember('member', 'Future coordinator');
    const collab = await openSynced(user.client, planId);
    const closed = connectionClosed(collab);
    expect((await cast.admin.client.patch(`/api/users/${user.id}`, { globalRole: 'coordinator' })).status).toBe(200);
    expect((await closed).code).toBe(collabCloseCodes.accessChanged);
  });

  it("closes a session's collab connections when it logs out", async () => {
    const planId = await createPlan();
    const user = await newMember('expert');
    const socket = await openRaw(user.client, planId);
    const code = closeCode(socket);
    await user.client.post('/api/auth/logout');
    expect(await code).toBe(collabCloseCodes.accessRevoked);
  });
});

describe('hostile messages close only their own connection', () => {
  const cases: Array<[string, () => Uint8Array, number]> = [
    ['an unknown message type', () => Uint8Array.of(9, 0), collabCloseCodes.malformedMessage],
    ['a truncated sync message', () => Uint8Array.of(0, 2, 50, 1), collabCloseCodes.malformedMessage],
    ['an update Yjs cannot read', () => Uint8Array.of(0, 2, 6, 250, 251, 252, 253, 254, 255), collabCloseCodes.malformedMessage],
    ['an awareness update that is not JSON', () => Uint8Array.of(1, 5, 1, 7, 1, 1, 123), collabCloseCodes.malformedMessage],
    ['a message over the size limit', () => new Uint8Array(collabLimits.messageBytes + 1), collabCloseCodes.messageTooLarge],
  ];

  it.each(cases)('closes a connection that sends %s', async (_what, message, expected) => {
    const planId = await createPlan();
    const [a, b] = await Promise.all([openSynced(cast.member.client, planId), openSynced(cast.expert.client, planId)]);
    const hostile = await openRaw(cast.owner.client, planId);
    const code = closeCode(hostile);
    hostile.send(message());
    expect(await code).toBe(expected);
    addParagraph(a.doc, 'Weiter geht es');
    await eventually(() => b.text().includes('Weiter geht es'));
    expect(server.app.collab.stats().connections).toBe(2);
  });

  it('cuts off a frame far beyond the limit before buffering it (1009)', async () => {
    const planId = await createPlan();
    const hostile = await openRaw(cast.owner.client, planId);
    const code = closeCode(hostile);
    hostile.send(new Uint8Array(collabLimits.messageBytes * 2 + 1));
    expect(await code).toBe(1009);
  });

  it('refuses text frames', async () => {
    const planId = await createPlan();
    const hostile = await openRaw(cast.owner.client, planId);
    const code = closeCode(hostile);
    hostile.send('hello');
    expect(await code).toBe(collabCloseCodes.malformedMessage);
  });
});
