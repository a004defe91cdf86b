import * as decoding from 'lib0/decoding';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { applyAwarenessUpdate, Awareness, encodeAwarenessUpdate, removeAwarenessStates } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { RenewalRelay } from './renewals.ts';
import type { Outgoing } from './transport.ts';

// The relay's schedule, on fake timers: which connection hears of which renewal, and when.

const windowMs = 3000;
const tickMs = windowMs / 10;

/** A connection that records, per message, the tick it arrived in and the client ids it carried. */
class Receiver {
  readonly received: Array<{ atMs: number; clientIds: number[] }> = [];
  constructor(private readonly startedAt: number) {}
  send(message: Outgoing): void {
    const decoder = decoding.createDecoder(message.bytes);
    decoding.readVarUint(decoder);
    const update = decoding.createDecoder(decoding.readVarUint8Array(decoder));
    const clientIds: number[] = [];
    for (let count = decoding.readVarUint(update); count > 0; count--) {
      clientIds.push(decoding.readVarUint(update));
      decoding.readVarUint(update);
      decoding.readVarString(update);
    }
    this.received.push({ atMs: Date.now() - this.startedAt, clientIds: clientIds.sort((a, b) => a - b) });
  }
  heard(clientId: number): number {
    return this.received.filter((message) => message.clientIds.includes(clientId)).length;
  }
}

let server: Awareness;
let relay: RenewalRelay<Receiver>;
const people = new Map<number, Awareness>();

/** A person (one client) whose state the server holds; `renew` sends the same state again. */
function person(clientId: number) {
  const doc = new Y.Doc();
  doc.clientID = clientId;
  const awareness = new Awareness(doc);
  awareness.setLocalState({ cursor: null });
  people.set(clientId, awareness);
  applyAwarenessUpdate(server, encodeAwarenessUpdate(awareness, [clientId]), 'test');
  return {
    renew() {
      awareness.setLocalState(awareness.getLocalState());
      applyAwarenessUpdate(server, encodeAwarenessUpdate(awareness, [clientId]), 'test');
      relay.renew([clientId]);
    },
  };
}

function receivers(count: number): Receiver[] {
  return Array.from({ length: count }, () => {
    const receiver = new Receiver(Date.now());
    relay.add(receiver);
    return receiver;
  });
}

beforeEach(() => {
  vi.useFakeTimers();
  server = new Awareness(new Y.Doc());
  server.setLocalState(null);
  relay = new RenewalRelay(server, windowMs);
});
afterEach(() => {
  relay.destroy();
  server.destroy();
  for (const awareness of people.values()) awareness.destroy();
  people.clear();
  vi.useRealTimers();
});

describe('renewals of unchanged awareness states', () => {
  it('reach every connection once within the window, each connection at its own moment', () => {
    const everyone = receivers(10);
    person(1).renew();
    vi.advanceTimersByTime(windowMs);
    for (const receiver of everyone) expect(receiver.heard(1)).toBe(1);
    // Spread over the window: one connection per tick, not all of them at once.
    expect(new Set(everyone.map((receiver) => receiver.received[0]?.atMs)).size).toBe(10);
    expect(Math.max(...everyone.map((receiver) => receiver.received[0]?.atMs ?? Infinity))).toBeLessThanOrEqual(windowMs);
    vi.advanceTimersByTime(windowMs * 2);
    for (const receiver of everyone) expect(receiver.received).toHaveLength(1);
  });

  it('collect in one message what renewed since the connection was last sent any', () => {
    const [first, last] = receivers(10).filter((_, i) => i === 0 || i === 9);
    const [a, b, c] = [person(1), person(2), person(3)];
    a.renew();
    b.renew();
    vi.advanceTimersByTime(tickMs);
    c.renew();
    vi.advanceTimersByTime(windowMs);
    expect(first?.received.map((message) => message.clientIds)).toEqual([[1, 2], [3]]);
    expect(last?.received.map((message) => message.clientIds)).toEqual([[1, 2, 3]]);
  });

  it('are dropped when the state changed or left (that went to everyone at once) and are not sent to later joiners', () => {
    const [early] = receivers(1);
    const [a, b, c, d] = [person(1), person(2), person(3), person(4)];
    a.renew();
    b.renew();
    c.renew();
    relay.forget([1]);
    removeAwarenessStates(server, [2], 'test');
    const [late] = receivers(1);
    d.renew();
    vi.advanceTimersByTime(windowMs);
    expect(early?.received.map((message) => message.clientIds)).toEqual([[3, 4]]);
    expect(late?.received.map((message) => message.clientIds)).toEqual([[4]]);
  });

  it('share one message per slot only among connections that missed the same renewals', () => {
    const first = receivers(10);
    const someone = person(1);
    someone.renew();
    // Joins while a renewal is pending, into the slot served first (every slot holds one, it is the emptiest first).
    const [late] = receivers(1);
    person(2).renew();
    vi.advanceTimersByTime(windowMs);
    expect(first[0]?.received.map((message) => message.clientIds)).toEqual([[1, 2]]);
    expect(late?.received.map((message) => message.clientIds)).toEqual([[2]]);
  });

  it('keep the slots even as connections leave and join', () => {
    const everyone = receivers(10);
    const leaving = everyone.slice(2, 5);
    for (const receiver of leaving) relay.delete(receiver);
    const joining = receivers(3);
    person(1).renew();
    vi.advanceTimersByTime(windowMs);
    // Ten ticks, ten connections, one each: the joiners took the slots the leavers freed.
    const deliveries = [...everyone.filter((receiver) => !leaving.includes(receiver)), ...joining].map((receiver) => receiver.received[0]?.atMs);
    expect(new Set(deliveries).size).toBe(10);
  });

  it('stop ticking once every connection is up to date, start again with the next renewal, and send a closed connection nothing', () => {
    const [staying, leaving] = receivers(2);
    const someone = person(1);
    const othersTimers = vi.getTimerCount(); // the awarenesses' own
    someone.renew();
    expect(vi.getTimerCount()).toBe(othersTimers + 1);
    if (leaving) relay.delete(leaving);
    vi.advanceTimersByTime(windowMs);
    expect(staying?.heard(1)).toBe(1);
    expect(leaving?.received).toEqual([]);
    expect(vi.getTimerCount()).toBe(othersTimers);
    someone.renew();
    vi.advanceTimersByTime(windowMs);
    expect(staying?.heard(1)).toBe(2);
    relay.destroy();
    someone.renew();
    expect(vi.getTimerCount()).toBe(othersTimers);
  });
});
