import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';

// A stored batch: a count, then each Yjs update as a length-prefixed byte array (lib0 varUint
// encoding). Storing the updates exactly as received keeps the hot path free of Y.mergeUpdates,
// which costs about as much as applying them.

export function encodeFrames(updates: readonly Uint8Array[]): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, updates.length);
  for (const update of updates) encoding.writeVarUint8Array(encoder, update);
  return encoding.toUint8Array(encoder);
}

/** Throws on a truncated or malformed batch. */
export function decodeFrames(bytes: Uint8Array): Uint8Array[] {
  const decoder = decoding.createDecoder(bytes);
  const count = decoding.readVarUint(decoder);
  const updates: Uint8Array[] = [];
  for (let i = 0; i < count; i++) updates.push(decoding.readVarUint8Array(decoder));
  if (decoding.hasContent(decoder)) throw new Error('trailing bytes after the stored updates');
  return updates;
}
