import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import mongoose from 'mongoose';
import { chatLimits } from '@jumelage/contracts/constants';
import type { ChannelResponse, ChatMessage } from '@jumelage/contracts/consultations';
import {
  castForFile,
  connected,
  createPartnership,
  expectOk,
  generalChannel,
  listChannels,
  nextEvent,
  openChatSocket,
  sendChat,
  serverForFile,
  type TestSocket,
  type TestUser,
} from '@jumelage/test-utils';

const server = serverForFile({ chat: { messagesPerSecond: 1000 } });
const cast = castForFile(server);
let owner: TestSocket;
let member: TestSocket;
let memberElsewhere: TestSocket;

beforeAll(async () => {
  [owner, member, memberElsewhere] = [openChatSocket(cast.owner.client), openChatSocket(cast.member.client), openChatSocket(cast.member.client)];
  await Promise.all([connected(owner), connected(member), connected(memberElsewhere)]);
});
afterAll(() => {
  for (const socket of [owner, member, memberElsewhere]) socket.disconnect();
});

async function channelOf(user: TestUser, channelId: string) {
  return (await user.client.get<ChannelResponse>(`/api/channels/${channelId}`)).body.data;
}

async function say(socket: TestSocket, channelId: string, body: string): Promise<ChatMessage> {
  return expectOk(await sendChat(socket, channelId, body)).message;
}

describe('unread counts and read markers', () => {
  it('counts messages by others after the marker, moves the marker forward only, and syncs the reader\'s other tabs', async () => {
    const partnership = await createPartnership(cast.owner);
    await server.models.Membership.create({ partnershipId: partnership.id, userId: cast.member.id, role: 'member', municipalityIndex: 1 });
    const general = (await generalChannel(cast.owner, partnership.id)).id;
    // The sockets joined their rooms before this partnership existed; fresh ones join it.
    const [ownerHere, memberHere] = [openChatSocket(cast.owner.client), openChatSocket(cast.member.client)];
    await Promise.all([connected(ownerHere), connected(memberHere)]);

    const first = await say(ownerHere, general, 'Eins');
    const second = await say(ownerHere, general, 'Zwei');
    const third = await say(ownerHere, general, 'Drei');
    await say(memberHere, general, 'Meine eigene zählt nicht');
    expect(await channelOf(cast.member, general)).toMatchObject({ unreadCount: 3, lastReadId: null });
    expect(await channelOf(cast.owner, general)).toMatchObject({ unreadCount: 1 });

    const synced = nextEvent(memberElsewhere, 'readMarker:updated');
    const read = expectOk(await memberHere.timeout(5000).emitWithAck('channel:read', { channelId: general, lastReadId: second.id }));
    expect(read.marker).toEqual({ channelId: general, lastReadId: second.id, unreadCount: 1 });
    expect(await synced).toEqual(read.marker);

    const backwards = expectOk(await memberHere.timeout(5000).emitWithAck('channel:read', { channelId: general, lastReadId: first.id }));
    expect(backwards.marker).toEqual({ channelId: general, lastReadId: second.id, unreadCount: 1 });
    expect(await channelOf(cast.member, general)).toMatchObject({ unreadCount: 1, lastReadId: second.id });

    expectOk(await ownerHere.timeout(5000).emitWithAck('message:delete', { messageId: third.id }));
    expect(await channelOf(cast.member, general)).toMatchObject({ unreadCount: 0 });
    const list = await listChannels(cast.member, partnership.id);
    expect(list.data[0]).toMatchObject({ id: general, unreadCount: 0, lastReadId: second.id });
    ownerHere.disconnect();
    memberHere.disconnect();
  });

  it('refuses a marker on a message of another channel', async () => {
    const general = (await generalChannel(cast.owner, cast.partnership.id)).id;
    const elsewhere = (await generalChannel(cast.owner, (await createPartnership(cast.owner)).id)).id;
    const message = await say(owner, elsewhere, 'Anderswo');
    const answer = await member.timeout(5000).emitWithAck('channel:read', { channelId: general, lastReadId: message.id });
    expect(answer).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it(`stops counting at ${chatLimits.unreadCountMax}`, async () => {
    const general = (await generalChannel(cast.owner, cast.partnership.id)).id;
    await server.models.Message.insertMany(
      Array.from({ length: chatLimits.unreadCountMax + 20 }, (_, i) => ({
        channelId: new mongoose.Types.ObjectId(general),
        partnershipId: new mongoose.Types.ObjectId(cast.partnership.id),
        authorId: new mongoose.Types.ObjectId(cast.owner.id),
        authorName: 'Owner',
        clientId: randomUUID(),
        body: `Nachricht ${i}`,
        createdAt: new Date(),
      })),
    );
    expect(await channelOf(cast.expert, general)).toMatchObject({ unreadCount: chatLimits.unreadCountMax });
  });

  it('keeps lastMessageAt of a channel at its newest message', async () => {
    const general = (await generalChannel(cast.owner, cast.partnership.id)).id;
    const message = await say(member, general, 'Neueste');
    expect((await channelOf(cast.owner, general)).lastMessageAt).toBe(message.createdAt);
  });
});
