import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Socket } from 'socket.io-client';
import { chatLimits, type ErrorBody } from '@jumelage/contracts/constants';
import {
  castForFile,
  connected,
  expectOk,
  generalChannel,
  openChatSocket,
  openRawSocket,
  sendChat,
  serverForFile,
} from '@jumelage/test-utils';

// A server with the default chat settings: the rate limit is part of what is tested here.
const server = serverForFile();
const cast = castForFile(server);
let generalId: string;
let raw: Socket;

beforeAll(async () => {
  generalId = (await generalChannel(cast.owner, cast.partnership.id)).id;
  raw = openRawSocket(cast.member.client);
  await new Promise((resolve, reject) => {
    raw.once('connect', () => resolve(undefined));
    raw.once('connect_error', reject);
  });
});
afterAll(() => {
  raw.disconnect();
});

const ask = (event: string, ...args: unknown[]) => raw.timeout(5000).emitWithAck(event, ...args);
const valid = () => ({ channelId: generalId, clientId: randomUUID(), body: 'Hallo' });

describe('bad input', () => {
  it('answers malformed message:send payloads with validation_failed and stores nothing', async () => {
    const bad: unknown[] = [
      undefined,
      'Hallo',
      [valid()],
      { ...valid(), channelId: undefined },
      { ...valid(), clientId: undefined },
      { ...valid(), body: undefined },
      { ...valid(), body: '' },
      { ...valid(), body: ' \n\t ' },
      { ...valid(), body: 'x'.repeat(chatLimits.messageBodyLength + 1) },
      { ...valid(), body: 42 },
      { ...valid(), body: ['Hallo'] },
      { ...valid(), channelId: 'not-an-id' },
      { ...valid(), clientId: 'not-a-uuid' },
      { ...valid(), channelId: { $ne: null } },
      { ...valid(), clientId: { $ne: null } },
      { ...valid(), body: { $ne: null } },
      { ...valid(), authorId: cast.owner.id },
    ];
    for (const payload of bad) {
      expect(await ask('message:send', payload), JSON.stringify(payload)).toMatchObject({ ok: false, error: { code: 'validation_failed' } });
    }
    for (const payload of [{ messageId: { $ne: null }, body: 'x' }, { messageId: generalId }]) {
      expect(await ask('message:edit', payload)).toMatchObject({ ok: false, error: { code: 'validation_failed' } });
    }
    expect(await ask('channel:read', { channelId: generalId, lastReadId: { $gt: '' } })).toMatchObject({ ok: false, error: { code: 'validation_failed' } });
    expect(await server.models.Message.countDocuments()).toBe(0);
  });

  it('answers unknown events with not_found, survives events without acks, and keeps serving', async () => {
    expect(await ask('message:sendAll', valid())).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await ask('constructor', valid())).toMatchObject({ ok: false, error: { code: 'not_found' } });
    raw.emit('message:send', { body: { $ne: null } });
    raw.emit('message:send', valid(), 'not a function', 'and more');
    raw.emit('hasOwnProperty');
    raw.emit('error', { boom: true }); // not reserved by the protocol; Socket.IO's own no-op listener takes it
    expect(await server.models.Message.countDocuments()).toBe(0);
    expect(await ask('message:send', valid())).toMatchObject({ ok: true });
    await server.models.Message.deleteMany({});
  });

  it('refuses malformed REST input with 400 and stores nothing', async () => {
    const post = (body: unknown) => cast.member.client.post<ErrorBody>(`/api/channels/${generalId}/messages`, body);
    for (const body of [{}, { clientId: randomUUID() }, { clientId: randomUUID(), body: 'x'.repeat(4001) }, { clientId: { $ne: null }, body: 'x' }, { clientId: randomUUID(), body: 7 }]) {
      const response = await post(body);
      expect(response.status).toBe(400);
      expect(response.body.error.code).toBe('validation_failed');
    }
    for (const query of ['before[$ne]=x', 'limit=1000', 'limit=0', `before=${generalId}&after=${generalId}`, 'after=abc']) {
      expect((await cast.member.client.get(`/api/channels/${generalId}/messages?${query}`)).status).toBe(400);
    }
    expect((await cast.member.client.get('/api/channels/%7B%24ne%3Anull%7D/messages')).status).toBe(400);
    expect(await server.models.Message.countDocuments()).toBe(0);
  });
});

describe('rate limit', () => {
  it(`accepts a burst of ${chatLimits.messagesPerSecond} messages per second and answers more with rate_limited`, async () => {
    const socket = openChatSocket(cast.expert.client);
    await connected(socket);
    const answers = await Promise.all(Array.from({ length: 8 }, (_, i) => sendChat(socket, generalId, `Nachricht ${i}`)));
    const limited = answers.filter((answer) => !answer.ok);
    expect(answers.filter((answer) => answer.ok)).toHaveLength(chatLimits.messagesPerSecond);
    expect(limited).toHaveLength(8 - chatLimits.messagesPerSecond);
    for (const answer of limited) expect(answer).toMatchObject({ ok: false, error: { code: 'rate_limited' }, retryAfterSeconds: 1 });
    // REST shares the budget of the same user.
    const rest = await cast.expert.client.post<ErrorBody>(`/api/channels/${generalId}/messages`, { clientId: randomUUID(), body: 'per REST' });
    expect(rest.status).toBe(429);
    expect(rest.headers.get('retry-after')).toBe('1');
    expect(await server.models.Message.countDocuments({ authorId: cast.expert.id })).toBe(chatLimits.messagesPerSecond);
    socket.disconnect();
    // Other users have their own budget.
    const ownerSocket = openChatSocket(cast.owner.client);
    await connected(ownerSocket);
    expectOk(await sendChat(ownerSocket, generalId, 'Owner'));
    ownerSocket.disconnect();
  });
});
