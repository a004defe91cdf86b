import { describe, expect, it } from 'vitest';
import * as encoding from 'lib0/encoding';
import { Awareness, applyAwarenessUpdate } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { maxClientIdsPerConnection, stampAwarenessUpdate } from './awareness.ts';
import { MalformedMessageError } from './protocol.ts';

const user = { id: 'u1', name: 'Amira', color: '#1f5fbf' };

/** A connection with no client ids yet, stamping for a document whose awareness is `awareness`. */
function context(isTakenByOther: (clientId: number) => boolean = () => false, awareness = new Awareness(new Y.Doc())) {
  return { user, mine: new Set<number>(), isTakenByOther, awareness };
}

/** An awareness update as any client could write it: count, then client id, clock and JSON state each. */
function updateFrom(states: Record<number, unknown>, clock = 1): Uint8Array {
  const encoder = encoding.createEncoder();
  const entries = Object.entries(states);
  encoding.writeVarUint(encoder, entries.length);
  for (const [clientId, state] of entries) {
    encoding.writeVarUint(encoder, Number(clientId));
    encoding.writeVarUint(encoder, clock);
    encoding.writeVarString(encoder, typeof state === 'string' ? state : JSON.stringify(state));
  }
  return encoding.toUint8Array(encoder);
}

function statesOf(update: Uint8Array | null): Map<number, unknown> {
  const awareness = new Awareness(new Y.Doc());
  if (update) applyAwarenessUpdate(awareness, update, null);
  awareness.states.delete(awareness.clientID);
  return awareness.getStates();
}

describe('awareness stamping', () => {
  it("replaces the client's user with the account's and keeps the rest", () => {
    const stamped = stampAwarenessUpdate(updateFrom({ 7: { user: { name: 'Admin', color: '#ff0000' }, cursor: 4 } }), context());
    expect(statesOf(stamped).get(7)).toEqual({ user, cursor: 4 });
  });

  it("drops entries for client ids another connection owns, and states that are not objects", () => {
    const update = updateFrom({ 1: { cursor: 1 }, 2: { cursor: 2 }, 3: '"text"' });
    const stamped = stampAwarenessUpdate(update, context((clientId) => clientId === 2));
    expect([...statesOf(stamped).keys()]).toEqual([1]);
    expect(stampAwarenessUpdate(updateFrom({ 2: { cursor: 2 } }), context(() => true))).toBeNull();
  });

  it(`lets one connection speak for at most ${maxClientIdsPerConnection} client ids`, () => {
    const many = Object.fromEntries(Array.from({ length: 20 }, (_, i) => [i + 1, { cursor: i }]));
    expect(statesOf(stampAwarenessUpdate(updateFrom(many), context())).size).toBe(maxClientIdsPerConnection);
  });

  it('refuses an update that is not awareness', () => {
    expect(() => stampAwarenessUpdate(Uint8Array.of(1, 5, 1, 2, 123), context())).toThrow(MalformedMessageError);
  });

  it('drops echoes unread: entries whose clock is not newer than the known state change nothing', () => {
    const awareness = new Awareness(new Y.Doc());
    applyAwarenessUpdate(awareness, updateFrom({ 7: { cursor: 4 } }, 3), null);
    // An echo of the known state, or an older one, is not even parsed (its JSON may be anything).
    expect(stampAwarenessUpdate(updateFrom({ 7: '{not json' }, 3), context(() => false, awareness))).toBeNull();
    expect(stampAwarenessUpdate(updateFrom({ 7: { cursor: 1 } }, 2), context(() => false, awareness))).toBeNull();
    // A newer state passes, and so does a removal at the same clock (how a client says it left).
    expect(statesOf(stampAwarenessUpdate(updateFrom({ 7: { cursor: 9 } }, 4), context(() => false, awareness))).get(7)).toEqual({ user, cursor: 9 });
    const removal = stampAwarenessUpdate(updateFrom({ 7: null }, 3), context(() => false, awareness));
    expect(removal).not.toBeNull();
    if (removal) applyAwarenessUpdate(awareness, removal, null);
    expect(awareness.getStates().has(7)).toBe(false);
  });

  it('refuses a newer entry whose state is not JSON', () => {
    expect(() => stampAwarenessUpdate(updateFrom({ 7: '{not json' }, 5), context())).toThrow(MalformedMessageError);
  });
});
