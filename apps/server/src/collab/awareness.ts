import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as string from 'lib0/string';
import type { Awareness } from 'y-protocols/awareness';
import { MalformedMessageError } from './protocol.ts';

// Awareness updates (y-protocols format): varUint count, then per client varUint clientID, varUint
// clock and a JSON state (null = gone). The server rewrites every update from a connection before
// anyone sees it: `user` is replaced by the name and colour of the connection's account, and a
// connection may only speak for client ids that are new or already its own, so nobody can rename,
// recolour or remove someone else's cursor.

export interface AwarenessUser {
  id: string;
  name: string;
  color: string;
}

interface Entry {
  clientId: number;
  clock: number;
  state: unknown;
}

/** Client ids one connection may announce (a tab has one; reconnecting keeps it). */
export const maxClientIdsPerConnection = 8;

/** An entry's state as the JSON text `null`: the client left. */
const isNullJson = (bytes: Uint8Array) => bytes.length === 4 && bytes[0] === 0x6e && bytes[1] === 0x75 && bytes[2] === 0x6c && bytes[3] === 0x6c;

/**
 * Whether applying this entry changes the awareness: the same rule as y-protocols'
 * applyAwarenessUpdate (a newer clock, or a removal at the same clock of a state that is present).
 */
function isNews(awareness: Awareness, clientId: number, clock: number, isRemoval: boolean): boolean {
  const current = awareness.meta.get(clientId)?.clock ?? 0;
  return current < clock || (current === clock && isRemoval && awareness.states.has(clientId));
}

/**
 * The entries that would change something. An entry Yjs would ignore (its clock is not newer) is
 * skipped before its JSON is read: y-websocket clients send every awareness change they receive
 * back to the server, so most updates a busy document receives are such echoes.
 */
function decodeEntries(update: Uint8Array, awareness: Awareness): Entry[] {
  try {
    const decoder = decoding.createDecoder(update);
    const count = decoding.readVarUint(decoder);
    const entries: Entry[] = [];
    for (let i = 0; i < count; i++) {
      const clientId = decoding.readVarUint(decoder);
      const clock = decoding.readVarUint(decoder);
      const json = decoding.readVarUint8Array(decoder);
      if (!isNews(awareness, clientId, clock, isNullJson(json))) continue;
      const state: unknown = JSON.parse(string.decodeUtf8(json));
      entries.push({ clientId, clock, state });
    }
    return entries;
  } catch {
    throw new MalformedMessageError('malformed awareness update');
  }
}

function encodeEntries(entries: readonly Entry[]): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, entries.length);
  for (const entry of entries) {
    encoding.writeVarUint(encoder, entry.clientId);
    encoding.writeVarUint(encoder, entry.clock);
    encoding.writeVarString(encoder, JSON.stringify(entry.state));
  }
  return encoding.toUint8Array(encoder);
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** What the server knows when it stamps an update from one connection. */
export interface StampContext {
  /** The connection's account: every state it sends is shown as this user. */
  user: AwarenessUser;
  /** Client ids this connection already announced. */
  mine: ReadonlySet<number>;
  /** Whether another account's connection announced this client id. */
  isTakenByOther(clientId: number): boolean;
  /** The awareness the update will be applied to: entries it would ignore are dropped unread. */
  awareness: Awareness;
}

/** The update as the server relays it, or null when nothing in it may pass or would change anything. */
export function stampAwarenessUpdate(update: Uint8Array, { user, mine, isTakenByOther, awareness }: StampContext): Uint8Array | null {
  const allowed: Entry[] = [];
  let newIds = 0;
  for (const entry of decodeEntries(update, awareness)) {
    const isMine = mine.has(entry.clientId);
    if (!isMine && (isTakenByOther(entry.clientId) || mine.size + ++newIds > maxClientIdsPerConnection)) continue;
    if (entry.state === null) allowed.push(entry);
    else if (isRecord(entry.state)) allowed.push({ ...entry, state: { ...entry.state, user: { ...user } } });
  }
  return allowed.length > 0 ? encodeEntries(allowed) : null;
}
