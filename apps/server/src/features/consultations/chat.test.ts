import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ErrorBody } from '@jumelage/contracts/constants';
import type { ChatMessage } from '@jumelage/contracts/consultations';
import {
  castForFile,
  connected,
  createPartnership,
  expectOk,
  generalChannel,
  nextEvent,
  openChatSocket,
  sendChat,
  serverForFile,
  type TestSocket,
} from '@jumelage/test-utils';

const server = serverForFile({ chat: { messagesPerSecond: 1000 } });
const cast = castForFile(server);
let generalId: string;
let owner: TestSocket;
let member: TestSocket;
let outsider: TestSocket;
let outsiderPartnershipId: string;
const outsiderEvents: unknown[] = [];
const memberCreated: ChatMessage[] = [];

beforeAll(async () => {
  generalId = (await generalChannel(cast.owner, cast.partnership.id)).id;
  outsiderPartnershipId = (await createPartnership(cast.outsider)).id;
  owner = openChatSocket(cast.owner.client);
  member = openChatSocket(cast.member.client);
  outsider = openChatSocket(cast.outsider.client);
  await Promise.all([connected(owner), connected(member), connected(outsider)]);
  outsider.onAny((...args) => outsiderEvents.push(args));
  member.on('message:created', (message) => memberCreated.push(message));
});
afterAll(() => {
  for (const socket of [owner, member, outsider]) socket.disconnect();
});

describe('chat between two members of a partnership', () => {
  it('acks a send with the stored message and delivers it once to the other member, not to the sender', async () => {
    const clientId = randomUUID();
    const received = nextEvent(owner, 'message:created', (message) => message.clientId === clientId);
    const { message } = expectOk(await sendChat(member, generalId, '  Bonjour Wolfsburg !  ', clientId));
    expect(message).toMatchObject({
      channelId: generalId,
      partnershipId: cast.partnership.id,
      clientId,
      author: { id: cast.member.id, name: 'Member' },
      body: 'Bonjour Wolfsburg !',
      editedAt: null,
      deletedAt: null,
    });
    expect(await received).toEqual(message);
    expect(await server.models.Message.countDocuments({ clientId })).toBe(1);

    // Events on one connection arrive in order: once the owner's reply is in, an echo would be too.
    const reply = nextEvent(member, 'message:created', (m) => m.body === 'Hallo Jendouba!');
    expectOk(await sendChat(owner, generalId, 'Hallo Jendouba!'));
    await reply;
    expect(memberCreated.map((m) => m.clientId)).not.toContain(clientId);
  });

  it('edits and deletes one\'s own messages; a deleted message keeps its place with an empty body', async () => {
    const { message } = expectOk(await sendChat(member, generalId, 'Réunion mardi'));
    // The author's own connection hears of its edits and deletes too: where its ack is lost, that
    // event is how its view learns that the change was made.
    const updated = nextEvent(owner, 'message:updated', (m) => m.id === message.id);
    const ownUpdated = nextEvent(member, 'message:updated', (m) => m.id === message.id);
    const edited = expectOk(await member.timeout(5000).emitWithAck('message:edit', { messageId: message.id, body: 'Réunion mercredi' }));
    expect(edited.message).toMatchObject({ id: message.id, body: 'Réunion mercredi', editedAt: expect.any(String) });
    expect(await updated).toEqual(edited.message);
    expect(await ownUpdated).toEqual(edited.message);

    const deletedEvent = nextEvent(owner, 'message:deleted', (m) => m.id === message.id);
    const ownDeleted = nextEvent(member, 'message:deleted', (m) => m.id === message.id);
    const deleted = expectOk(await member.timeout(5000).emitWithAck('message:delete', { messageId: message.id }));
    expect(deleted.message).toMatchObject({ id: message.id, body: '', deletedAt: expect.any(String) });
    expect(await deletedEvent).toEqual(deleted.message);
    expect(await ownDeleted).toEqual(deleted.message);

    const history = await cast.owner.client.get<{ data: ChatMessage[] }>(`/api/channels/${generalId}/messages?limit=5`);
    expect(history.body.data.find((m) => m.id === message.id)).toMatchObject({ body: '', deletedAt: expect.any(String) });
    const again = expectOk(await member.timeout(5000).emitWithAck('message:delete', { messageId: message.id }));
    expect(again.message.deletedAt).toBe(deleted.message.deletedAt);
    const editDeleted = await member.timeout(5000).emitWithAck('message:edit', { messageId: message.id, body: 'zurück' });
    expect(editDeleted).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });

  it("refuses to edit or delete someone else's message", async () => {
    const { message } = expectOk(await sendChat(owner, generalId, 'Nur meine Nachricht'));
    const edit = await member.timeout(5000).emitWithAck('message:edit', { messageId: message.id, body: 'gekapert' });
    const remove = await member.timeout(5000).emitWithAck('message:delete', { messageId: message.id });
    expect(edit).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(remove).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect((await server.models.Message.findById(message.id))?.body).toBe('Nur meine Nachricht');
  });

  it('shows who is typing to the others in the channel', async () => {
    const started = nextEvent(owner, 'typing:changed', (event) => event.isTyping);
    member.emit('typing:start', { channelId: generalId });
    expect(await started).toEqual({ channelId: generalId, userId: cast.member.id, isTyping: true });
    const stopped = nextEvent(owner, 'typing:changed', (event) => !event.isTyping);
    member.emit('typing:stop', { channelId: generalId });
    expect(await stopped).toEqual({ channelId: generalId, userId: cast.member.id, isTyping: false });
  });

  it('announces a member coming online and going offline once, however many tabs, and lists who is online', async () => {
    const isExpert = (online: boolean) => (event: { userId: string; isOnline: boolean }) => event.userId === cast.expert.id && event.isOnline === online;
    const cameOnline = nextEvent(member, 'presence:changed', isExpert(true));
    const expert = openChatSocket(cast.expert.client);
    expect(await cameOnline).toEqual({ partnershipId: cast.partnership.id, userId: cast.expert.id, isOnline: true });
    const listed = expectOk(await expert.timeout(5000).emitWithAck('presence:list', { partnershipId: cast.partnership.id }));
    expect(listed.onlineUserIds).toEqual([cast.owner.id, cast.member.id, cast.expert.id].sort());

    const secondTab = openChatSocket(cast.expert.client);
    await connected(secondTab);
    const announced: unknown[] = [];
    member.on('presence:changed', (event) => announced.push(event));
    // Closed on the server, synchronously: an announcement would be on its way before the list below.
    server.app.io.in(expert.id ?? '').disconnectSockets(true);
    const stillOnline = expectOk(await member.timeout(5000).emitWithAck('presence:list', { partnershipId: cast.partnership.id }));
    expect(stillOnline.onlineUserIds).toContain(cast.expert.id);
    expect(announced).toEqual([]);
    const wentOffline = nextEvent(member, 'presence:changed', isExpert(false));
    secondTab.disconnect();
    expect(await wentOffline).toEqual({ partnershipId: cast.partnership.id, userId: cast.expert.id, isOnline: false });
  });

  it('a user of another partnership receives none of it and is refused sending, reading, typing and presence', async () => {
    const refusals = await Promise.all([
      sendChat(outsider, generalId, 'Darf ich?'),
      outsider.timeout(5000).emitWithAck('channel:read', { channelId: generalId, lastReadId: generalId }),
      outsider.timeout(5000).emitWithAck('presence:list', { partnershipId: cast.partnership.id }),
    ]);
    for (const answer of refusals) expect(answer).toMatchObject({ ok: false, error: { code: 'not_found' } });
    const read = await cast.outsider.client.get<ErrorBody>(`/api/channels/${generalId}/messages`);
    expect(read.status).toBe(404);
    outsider.emit('typing:start', { channelId: generalId });

    // Then something happens in the outsider's own partnership: anything leaked would have come first.
    const ownGeneral = (await generalChannel(cast.outsider, outsiderPartnershipId)).id;
    const second = openChatSocket(cast.outsider.client);
    await connected(second);
    const own = nextEvent(outsider, 'message:created', (m) => m.channelId === ownGeneral);
    expectOk(await sendChat(second, ownGeneral, 'Nur bei uns'));
    await own;
    second.disconnect();
    expect(outsiderEvents).toContainEqual(['message:created', expect.objectContaining({ channelId: ownGeneral })]);
    for (const event of outsiderEvents) expect(event).toEqual([expect.any(String), expect.objectContaining({ partnershipId: outsiderPartnershipId })]);
    expect(await server.models.Message.countDocuments({ body: 'Darf ich?' })).toBe(0);
  });
});
