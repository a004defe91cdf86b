import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ChatMessage } from '@jumelage/contracts/consultations';
import { createOutbox, type OutboxEntry, type SendOutcome } from './outbox.ts';
import { createMemoryStore } from './outboxStore.ts';

const stored = (entry: OutboxEntry): SendOutcome => ({
  kind: 'stored',
  message: {
    id: `id-${entry.clientId}`,
    channelId: entry.channelId,
    partnershipId: entry.partnershipId,
    clientId: entry.clientId,
    author: { id: entry.userId, name: 'Anna' },
    body: entry.body,
    createdAt: entry.createdAt,
    editedAt: null,
    deletedAt: null,
  },
});

/** A transport that answers from a script (default: stored) and records every send. */
function scriptedTransport(script: Array<SendOutcome['kind']> = []) {
  const sent: OutboxEntry[] = [];
  return {
    sent,
    send: async (entry: OutboxEntry): Promise<SendOutcome> => {
      sent.push(entry);
      const next = script.shift() ?? 'stored';
      if (next === 'stored') return stored(entry);
      if (next === 'refused') return { kind: 'refused', code: 'forbidden' };
      if (next === 'retryLater') return { kind: 'retryLater', afterMs: 1000 };
      return { kind: 'offline' };
    },
  };
}

const message = (body: string) => ({ partnershipId: 'p', channelId: 'c', body });

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('the outbox', () => {
  it('keeps a message on the device before sending it, and removes it once stored', async () => {
    const store = createMemoryStore();
    const steps: string[] = [];
    const transport = scriptedTransport();
    const outbox = createOutbox(
      { ...store, put: (entry) => (steps.push('stored on device'), store.put(entry)) },
      { send: (entry) => (steps.push('sent'), transport.send(entry)) },
    );
    const acknowledged: ChatMessage[] = [];
    outbox.onStored((m) => acknowledged.push(m));
    await outbox.open('anna');
    await outbox.add(message('Hallo'));
    await vi.waitFor(() => expect(acknowledged).toHaveLength(1));
    expect(steps).toEqual(['stored on device', 'sent']);
    expect(acknowledged[0]?.clientId).toBe(transport.sent[0]?.clientId);
    expect(outbox.entries()).toEqual([]);
    expect(await store.load('anna')).toEqual([]);
  });

  it('waits while offline and resends with the same clientId after reconnecting', async () => {
    const transport = scriptedTransport(['offline']);
    const outbox = createOutbox(createMemoryStore(), transport);
    await outbox.open('anna');
    await outbox.add(message('Bonjour'));
    await vi.waitFor(() => expect(transport.sent).toHaveLength(1));
    expect(outbox.entries()).toMatchObject([{ status: 'pending', body: 'Bonjour' }]);
    await outbox.flush(); // the socket's connect event
    expect(transport.sent.map((e) => e.clientId)).toEqual([
      transport.sent[0]?.clientId,
      transport.sent[0]?.clientId,
    ]);
    expect(outbox.entries()).toEqual([]);
  });

  it('sends what a previous page left unsent when the page loads again', async () => {
    const store = createMemoryStore();
    const before = createOutbox(store, scriptedTransport(['offline']));
    await before.open('anna');
    const entry = await before.add(message('مرحبا'));
    const transport = scriptedTransport();
    const after = createOutbox(store, transport);
    await after.open('anna');
    expect(transport.sent.map((e) => e.clientId)).toEqual([entry?.clientId]);
    expect(await store.load('anna')).toEqual([]);
  });

  it('never sends another user’s messages', async () => {
    const store = createMemoryStore();
    const first = createOutbox(store, scriptedTransport(['offline']));
    await first.open('anna');
    await first.add(message('von Anna'));
    const transport = scriptedTransport();
    const second = createOutbox(store, transport);
    await second.open('karim');
    expect(transport.sent).toEqual([]);
    expect(await store.load('anna')).toHaveLength(1);
  });

  it('tries again later when rate limited, in order', async () => {
    const transport = scriptedTransport(['retryLater']);
    const outbox = createOutbox(createMemoryStore(), transport);
    await outbox.open('anna');
    await outbox.add(message('eins'));
    await outbox.add(message('zwei'));
    await vi.advanceTimersByTimeAsync(1000);
    await vi.waitFor(() => expect(outbox.entries()).toEqual([]));
    expect(transport.sent.map((e) => e.body)).toEqual(['eins', 'eins', 'zwei']);
  });

  it('marks refused messages as failed until the user retries or discards them', async () => {
    const store = createMemoryStore();
    const transport = scriptedTransport(['refused', 'refused']);
    const outbox = createOutbox(store, transport);
    await outbox.open('anna');
    const first = await outbox.add(message('eins'));
    await vi.waitFor(() => expect(outbox.entries()[0]?.status).toBe('failed'));
    expect(outbox.entries()[0]?.errorCode).toBe('forbidden');
    expect((await store.load('anna'))[0]?.status).toBe('failed');

    await outbox.retry(first?.clientId ?? '');
    expect(outbox.entries()[0]?.status).toBe('failed');
    await outbox.retry(first?.clientId ?? '');
    expect(outbox.entries()).toEqual([]);

    const second = await outbox.add(message('zwei'));
    await vi.waitFor(() => expect(transport.sent).toHaveLength(4));
    expect(outbox.entries()).toEqual([]);
    expect(second?.clientId).toBe(transport.sent[3]?.clientId);
  });

  it('discards a failed message for good', async () => {
    const store = createMemoryStore();
    const outbox = createOutbox(store, scriptedTransport(['refused']));
    await outbox.open('anna');
    const entry = await outbox.add(message('weg damit'));
    await vi.waitFor(() => expect(outbox.entries()[0]?.status).toBe('failed'));
    outbox.discard(entry?.clientId ?? '');
    expect(outbox.entries()).toEqual([]);
    await vi.waitFor(async () => expect(await store.load('anna')).toEqual([]));
  });
});
