import { describe, expect, it } from 'vitest';
import type { ChatMessage } from '@jumelage/contracts/consultations';
import { compareIds, firstUnreadId, mergeMessages, updateMessage } from './messageList.ts';

let counter = 0;
function message(overrides: Partial<ChatMessage> = {}): ChatMessage {
  counter += 1;
  const id = `65f0000000000000000000${String(counter).padStart(2, '0')}`;
  return {
    id,
    channelId: 'c',
    partnershipId: 'p',
    clientId: `client-${id}`,
    author: { id: 'u', name: 'Anna' },
    body: `text ${counter}`,
    createdAt: new Date(Date.UTC(2026, 4, 1, 9, counter)).toISOString(),
    editedAt: null,
    deletedAt: null,
    ...overrides,
  };
}

describe('merging messages', () => {
  it('keeps them oldest first whatever order they arrive in', () => {
    const [a, b, c] = [message(), message(), message()];
    if (!a || !b || !c) throw new Error('fixtures');
    expect(mergeMessages([c], [a, b]).map((m) => m.id)).toEqual([a.id, b.id, c.id]);
  });

  it('shows a message once when it comes from history, a live event and an ack', () => {
    const m = message();
    const merged = mergeMessages(mergeMessages([m], [{ ...m }]), [{ ...m }]);
    expect(merged).toHaveLength(1);
  });

  it('treats one clientId as one message', () => {
    const m = message();
    expect(mergeMessages([m], [{ ...m, body: 'same send' }])).toHaveLength(1);
  });

  it('keeps the later state: an old copy does not undo an edit or a deletion', () => {
    const m = message();
    const edited = { ...m, body: 'edited', editedAt: '2026-05-01T10:00:00.000Z' };
    const deleted = { ...m, body: '', deletedAt: '2026-05-01T11:00:00.000Z' };
    expect(mergeMessages([edited], [m])[0]?.body).toBe('edited');
    expect(mergeMessages([deleted], [edited])[0]?.deletedAt).toBe(deleted.deletedAt);
    expect(mergeMessages([m], [edited])[0]?.body).toBe('edited');
  });

  it('updates only loaded messages', () => {
    const m = message();
    const other = message();
    expect(updateMessage([m], { ...other, body: 'x', editedAt: 'z' })).toEqual([m]);
    expect(updateMessage([m], { ...m, body: '', deletedAt: 'z' })[0]?.deletedAt).toBe('z');
  });

  it('orders ids as the server does', () => {
    expect(compareIds('65f000000000000000000001', '65f000000000000000000002')).toBeLessThan(0);
    expect(compareIds('65f000000000000000000002', '65f000000000000000000002')).toBe(0);
  });
});

describe('the first unread message', () => {
  const viewerId = 'viewer';
  const [read, first, second, own, third, live] = [
    message(),
    message(),
    message(),
    message({ author: { id: viewerId, name: 'Me' } }),
    message(),
    message(),
  ];
  if (!read || !first || !second || !own || !third || !live) throw new Error('fixtures');
  const loaded = [read, first, second];

  it("is the first message of someone else's after the read marker", () => {
    const unread = { lastReadId: read.id, lastShownId: second.id, viewerId };
    expect(firstUnreadId([...loaded, live], unread)).toBe(first.id);
  });

  it('is none when everything shown at opening was read, even as new messages arrive', () => {
    const unread = { lastReadId: second.id, lastShownId: second.id, viewerId };
    expect(firstUnreadId([...loaded, live], unread)).toBeNull();
  });

  it("starts after the viewer's own latest message: they answered what came before", () => {
    const unread = { lastReadId: read.id, lastShownId: third.id, viewerId };
    expect(firstUnreadId([...loaded, own, third], unread)).toBe(third.id);
    expect(firstUnreadId([...loaded, own], { ...unread, lastShownId: own.id })).toBeNull();
  });

  it('with nothing read yet, starts at the first loaded message', () => {
    const unread = { lastReadId: null, lastShownId: second.id, viewerId };
    expect(firstUnreadId(loaded, unread)).toBe(read.id);
  });
});
