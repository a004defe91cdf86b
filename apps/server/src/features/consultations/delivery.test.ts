import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from '@jumelage/contracts/common';
import type { ChatMessage } from '@jumelage/contracts/consultations';
import {
  castForFile,
  connected,
  expectOk,
  generalChannel,
  nextEvent,
  openChatSocket,
  sendChat,
  serverForFile,
  type TestClient,
  type TestResponse,
  type TestSocket,
} from '@jumelage/test-utils';

// Its own server and database: FerretDB scans whole collections, so this file keeps its data small.
const server = serverForFile({ chat: { messagesPerSecond: 10_000 } });
const cast = castForFile(server);
let generalId: string;

beforeAll(async () => {
  generalId = (await generalChannel(cast.owner, cast.partnership.id)).id;
});

const beginning = '0'.repeat(24);

/** Catching up the way a client does after a reconnect: pages of `after=`, oldest first, until nextCursor is null. */
async function fetchAfter(client: TestClient, channelId: string, after: string, limit = 100): Promise<{ messages: ChatMessage[]; pages: number }> {
  const messages: ChatMessage[] = [];
  let cursor: string | null = after;
  let pages = 0;
  while (cursor) {
    const response: TestResponse<Page<ChatMessage>> = await client.get<Page<ChatMessage>>(`/api/channels/${channelId}/messages?after=${cursor}&limit=${limit}`);
    expect(response.status).toBe(200);
    messages.push(...response.body.data);
    cursor = response.body.nextCursor;
    pages += 1;
  }
  return { messages, pages };
}

function whenConnected(socket: TestSocket): Promise<void> {
  return socket.connected ? Promise.resolve() : new Promise((resolve) => socket.once('connect', () => resolve()));
}

/** A small deterministic generator, so that a failing run can be replayed with the same cuts. */
function seededRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

describe('exactly once', () => {
  it('stores 500 messages exactly once, in send order, while the connection is cut at random moments', async () => {
    const socket = openChatSocket(cast.member.client, { reconnection: true });
    await connected(socket);
    const random = seededRandom(4);
    const cut = () => socket.io.engine.close();
    const sent: Array<{ clientId: string; body: string }> = [];
    const acked = new Map<string, ChatMessage>();
    let attempts = 0;
    let storedBeforeLastAttempt = 0;

    // The client's outbox: one message at a time, retried with the same clientId until acknowledged.
    for (let i = 0; i < 500; i++) {
      const outgoing = { clientId: randomUUID(), body: `Nachricht ${i}` };
      sent.push(outgoing);
      for (;;) {
        await whenConnected(socket);
        attempts += 1;
        const startedAt = Date.now();
        const answer = sendChat(socket, generalId, outgoing.body, outgoing.clientId);
        const dice = random();
        if (dice < 0.04) cut(); // the message is on its way; its acknowledgement will be lost
        else if (dice < 0.08) setTimeout(cut, Math.floor(random() * 4)); // while the server works on it
        const result = await answer.catch(() => null);
        if (!result) continue;
        const { message } = expectOk(result);
        if (Date.parse(message.createdAt) < startedAt) storedBeforeLastAttempt += 1;
        acked.set(outgoing.clientId, message);
        break;
      }
    }
    socket.disconnect();

    const { messages } = await fetchAfter(cast.member.client, generalId, beginning);
    expect(messages).toHaveLength(500);
    expect(new Set(messages.map((m) => m.clientId)).size).toBe(500);
    expect(messages.map((m) => [m.clientId, m.body])).toEqual(sent.map((m) => [m.clientId, m.body]));
    for (const message of messages) expect(acked.get(message.clientId)).toEqual(message);
    expect(await server.models.Message.countDocuments({ channelId: generalId })).toBe(500);
    // The cuts really happened, and some messages were stored by an attempt whose ack was lost.
    expect(attempts).toBeGreaterThan(500);
    expect(storedBeforeLastAttempt).toBeGreaterThan(0);
  });
});

describe('catching up', () => {
  it('a client that was offline during 50 messages gets all of them, in order, after reconnecting', async () => {
    const sender = openChatSocket(cast.owner.client);
    const reader = openChatSocket(cast.expert.client, { reconnection: true });
    await Promise.all([connected(sender), connected(reader)]);
    const seen = nextEvent(reader, 'message:created', (m) => m.body === 'Vorher');
    expectOk(await sendChat(sender, generalId, 'Vorher'));
    const lastSeen = await seen;

    reader.io.reconnection(false);
    reader.io.engine.close();
    const missed: ChatMessage[] = [];
    for (let i = 0; i < 50; i++) missed.push(expectOk(await sendChat(sender, generalId, `Verpasst ${i}`)).message);
    reader.io.reconnection(true);
    reader.connect();
    await connected(reader);

    const { messages, pages } = await fetchAfter(cast.expert.client, generalId, lastSeen.id, 20);
    expect(messages).toEqual(missed);
    expect(pages).toBe(3);
    sender.disconnect();
    reader.disconnect();
  });

  it('pages back through history newest first with `before`', async () => {
    const newest = await cast.member.client.get<Page<ChatMessage>>(`/api/channels/${generalId}/messages?limit=30`);
    const older = await cast.member.client.get<Page<ChatMessage>>(`/api/channels/${generalId}/messages?limit=30&before=${newest.body.nextCursor}`);
    const ids = [...newest.body.data, ...older.body.data].map((m) => m.id);
    expect(ids).toEqual([...ids].sort().reverse());
    expect(new Set(ids).size).toBe(60);
  });
});
