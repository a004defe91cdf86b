import { beforeAll, describe, expect, it } from 'vitest';
import type { ChatMessage } from '@jumelage/contracts/consultations';
import {
  addMember,
  castForFile,
  connected,
  createConsultation,
  createUser,
  disconnected,
  expectOk,
  generalChannel,
  nextEvent,
  openChatSocket,
  refused,
  sendChat,
  serverForFile,
  trackSockets,
  type TestSocket,
} from '@jumelage/test-utils';

const server = serverForFile({ chat: { messagesPerSecond: 1000 } });
const cast = castForFile(server);
let generalId: string;
const track = trackSockets();
const open = (...args: Parameters<typeof openChatSocket>) => track(openChatSocket(...args));

beforeAll(async () => {
  generalId = (await generalChannel(cast.owner, cast.partnership.id)).id;
});

/** Collects message:created events, to check afterwards what a socket did not receive. */
function collect(socket: TestSocket): ChatMessage[] {
  const received: ChatMessage[] = [];
  socket.on('message:created', (message) => received.push(message));
  return received;
}

describe('consultations with invited non-members', () => {
  it('an invited coordinator and an external expert chat in that consultation only, until uninvited', async () => {
    const external = await createUser(server, { name: 'Dr. Extern' });
    const consultation = await createConsultation(cast.owner, cast.partnership.id, {
      expertIds: [external.id],
      coordinatorIds: [cast.coordinator.id],
    });
    const coordinator = open(cast.coordinator.client);
    const expert = open(external.client);
    const member = open(cast.member.client);
    await Promise.all([connected(coordinator), connected(expert), connected(member)]);
    const coordinatorGot = collect(coordinator);

    expectOk(await sendChat(member, generalId, 'Nur für Mitglieder'));
    const inConsultation = nextEvent(coordinator, 'message:created', (m) => m.channelId === consultation.id);
    const toExpert = nextEvent(expert, 'message:created', (m) => m.channelId === consultation.id);
    expectOk(await sendChat(member, consultation.id, 'Willkommen zur Konsultation'));
    await Promise.all([inConsultation, toExpert]);
    expect(coordinatorGot.map((m) => m.body)).toEqual(['Willkommen zur Konsultation']);

    const reply = nextEvent(member, 'message:created', (m) => m.author.id === cast.coordinator.id);
    expectOk(await sendChat(coordinator, consultation.id, 'Merci pour l’invitation'));
    expect((await reply).channelId).toBe(consultation.id);
    expect(await sendChat(coordinator, generalId, 'Hallo?')).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await sendChat(expert, generalId, 'Hallo?')).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect((await external.client.get(`/api/channels/${generalId}/messages`)).status).toBe(404);

    // Uninvited: told at once, then neither receives nor sends (the connection's cached permission is dropped).
    const told = nextEvent(coordinator, 'channel:updated', (ref) => ref.channelId === consultation.id);
    const patch = await cast.owner.client.patch(`/api/channels/${consultation.id}`, { coordinatorIds: [] });
    expect(patch.status).toBe(200);
    await told;
    expect(await sendChat(coordinator, consultation.id, 'Noch da?')).toMatchObject({ ok: false, error: { code: 'not_found' } });
    const afterwards = nextEvent(expert, 'message:created', (m) => m.body === 'Nach der Änderung');
    expectOk(await sendChat(member, consultation.id, 'Nach der Änderung'));
    await afterwards;
    expect(coordinatorGot.map((m) => m.body)).toEqual(['Willkommen zur Konsultation']);
  });
});

describe('losing access', () => {
  it('a removed member stops receiving and is refused within 2 s', async () => {
    const victim = await createUser(server, { name: 'Leaving' });
    await addMember(server, cast.partnership.id, victim, 'member');
    const socket = open(victim.client);
    const witness = open(cast.expert.client);
    await Promise.all([connected(socket), connected(witness)]);
    expectOk(await sendChat(socket, generalId, 'Noch dabei')); // the connection now caches its permission
    const victimGot = collect(socket);

    const removedAt = Date.now();
    const told = nextEvent(socket, 'member:removed');
    const goneOffline = nextEvent(witness, 'presence:changed', (event) => event.userId === victim.id && !event.isOnline);
    const removal = await cast.owner.client.delete(`/api/partnerships/${cast.partnership.id}/members/${victim.id}`);
    expect(removal.status).toBe(204);
    await Promise.all([told, goneOffline]);
    expect(await sendChat(socket, generalId, 'Nicht mehr')).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(Date.now() - removedAt).toBeLessThan(2000);

    const seen = nextEvent(witness, 'message:created', (m) => m.body === 'Nach dem Austritt');
    const later = open(cast.owner.client);
    await connected(later);
    expectOk(await sendChat(later, generalId, 'Nach dem Austritt'));
    await seen;
    expect(victimGot).toEqual([]);
  });

  it('a removed expert is no longer invited to the consultations of that partnership', async () => {
    const expert = await createUser(server, { name: 'Gone Expert' });
    await addMember(server, cast.partnership.id, expert, 'expert');
    const consultation = await createConsultation(cast.owner, cast.partnership.id, { expertIds: [expert.id], coordinatorIds: [cast.coordinator.id] });
    const socket = open(expert.client);
    await connected(socket);
    expectOk(await sendChat(socket, consultation.id, 'Als Expertin dabei')); // the connection now caches its permission

    const removal = await cast.owner.client.delete(`/api/partnerships/${cast.partnership.id}/members/${expert.id}`);
    expect(removal.status).toBe(204);
    expect(await sendChat(socket, consultation.id, 'Nicht mehr')).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect((await expert.client.get(`/api/channels/${consultation.id}`)).status).toBe(404);
    expect((await expert.client.get(`/api/partnerships/${cast.partnership.id}/channels`)).status).toBe(404);
    const seen = await cast.owner.client.get<{ data: { consultation: { expertIds: string[]; coordinatorIds: string[] } } }>(`/api/channels/${consultation.id}`);
    expect(seen.body.data.consultation).toMatchObject({ expertIds: [], coordinatorIds: [cast.coordinator.id] });
  });

  it('a member demoted to observer is refused on the very next message, not after the permission cache expires', async () => {
    const demoted = await createUser(server, { name: 'Demoted' });
    await addMember(server, cast.partnership.id, demoted, 'member');
    const socket = open(demoted.client);
    await connected(socket);
    expectOk(await sendChat(socket, generalId, 'Als Mitglied')); // the connection now caches its permission
    const change = await cast.owner.client.patch(`/api/partnerships/${cast.partnership.id}/members/${demoted.id}`, { role: 'observer' });
    expect(change.status).toBe(200);
    expect(await sendChat(socket, generalId, 'Als Beobachter')).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('a coordinator demoted to user loses, on the open connection, what the role gave: presence of every partnership', async () => {
    const admin = await createUser(server, { globalRole: 'admin' });
    const coordinator = await createUser(server, { name: 'Bald keine Koordination', globalRole: 'coordinator' });
    const socket = open(coordinator.client);
    await connected(socket);
    const ask = () => socket.timeout(5000).emitWithAck('presence:list', { partnershipId: cast.partnership.id });
    expect(await ask()).toMatchObject({ ok: true, partnershipId: cast.partnership.id });
    expect((await admin.client.patch(`/api/users/${coordinator.id}`, { globalRole: 'user' })).status).toBe(200);
    expect(await ask()).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('logout disconnects the chat sockets of that session at once', async () => {
    const user = await createUser(server);
    await addMember(server, cast.partnership.id, user, 'member');
    const socket = open(user.client, { reconnection: true });
    await connected(socket);
    const gone = disconnected(socket);
    const loggedOutAt = Date.now();
    await user.client.post('/api/auth/logout');
    expect(await gone).toBe('io server disconnect');
    expect(Date.now() - loggedOutAt).toBeLessThan(2000);
  });

  it('reconnections are authenticated again: no recovered state, and a dead session is refused', async () => {
    const user = await createUser(server);
    await addMember(server, cast.partnership.id, user, 'member');
    const socket = open(user.client, { reconnection: true });
    await connected(socket);
    const firstId = socket.id;

    const back = new Promise((resolve) => socket.io.once('reconnect', resolve));
    socket.io.engine.close();
    await back;
    await connected(socket);
    // Connection state recovery is off: the server made a new socket and ran the auth middleware again.
    expect(socket.recovered).toBeFalsy();
    expect(socket.id).not.toBe(firstId);
    expect(server.app.io.sockets.sockets.get(socket.id ?? '')?.recovered).toBe(false);
    expectOk(await sendChat(socket, generalId, 'Wieder da'));

    await server.models.Session.deleteMany({ userId: user.id });
    const refusal = refused(socket);
    socket.io.engine.close();
    expect(await refusal).toBe('unauthenticated');
  });
});
