import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
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

function decodeEntries(update: Uint8Array): Entry[] {
  try {
    const decoder = decoding.createDecoder(update);
    const count = decoding.readVarUint(decoder);
    const entries: Entry[] = [];
    for (let i = 0; i < count; i++) {
      const clientId = decoding.readVarUint(decoder);
      const clock = decoding.readVarUint(decoder);
      const state: unknown = JSON.parse(decoding.readVarString(decoder));
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

/**
 * The update as the server relays it, or null when nothing in it may pass. `ownedBy` tells which
 * connection (if any) already announced a client id; `mine` is this connection's own set.
 */
export function stampAwarenessUpdate(
  update: Uint8Array,
  user: AwarenessUser,
  mine: ReadonlySet<number>,
  isTakenByOther: (clientId: number) => boolean,
): Uint8Array | null {
  const allowed: Entry[] = [];
  let newIds = 0;
  for (const entry of decodeEntries(update)) {
    const isMine = mine.has(entry.clientId);
    if (!isMine && (isTakenByOther(entry.clientId) || mine.size + ++newIds > maxClientIdsPerConnection)) continue;
    if (entry.state === null) allowed.push(entry);
    else if (isRecord(entry.state)) allowed.push({ ...entry, state: { ...entry.state, user: { ...user } } });
  }
  return allowed.length > 0 ? encodeEntries(allowed) : null;
}

/** A stable, readable caret colour per account: a hue from the id's hash at fixed saturation and lightness. */
export function userColor(userId: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < userId.length; i++) hash = Math.imul(hash ^ userId.charCodeAt(i), 0x01000193) >>> 0;
  return hslToHex(hash % 360, 0.65, 0.4);
}

function hslToHex(hue: number, saturation: number, lightness: number): string {
  const a = saturation * Math.min(lightness, 1 - lightness);
  const channel = (n: number) => {
    const k = (n + hue / 30) % 12;
    const value = lightness - a * Math.max(-1, Math.min(k - 3, 9 - k, 1));
    return Math.round(value * 255).toString(16).padStart(2, '0');
  };
  return `#${channel(0)}${channel(8)}${channel(4)}`;
}
