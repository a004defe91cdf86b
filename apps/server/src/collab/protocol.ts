import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { writePermissionDenied } from 'y-protocols/auth';
import * as Y from 'yjs';

// The y-websocket wire protocol, as spoken by its WebsocketProvider. Every message starts with a
// varUint type: 0 sync (then a y-protocols sync type: 0 step 1 = state vector, 1 step 2 = missing
// updates, 2 update), 1 awareness (a varUint8Array awareness update), 2 auth (server to client only),
// 3 query awareness (the receiver answers with all awareness states). Parsing is total: anything that
// is not exactly one such message raises MalformedMessageError, so a hostile client cannot make the
// server throw anywhere else.

export const messageSync = 0;
export const messageAwareness = 1;
export const messageAuth = 2;
export const messageQueryAwareness = 3;
const syncStep1 = 0;
const syncStep2 = 1;
const syncUpdate = 2;

export type ClientMessage =
  | { kind: 'syncStep1'; stateVector: Uint8Array }
  | { kind: 'update'; update: Uint8Array; isSyncStep2: boolean }
  | { kind: 'awareness'; update: Uint8Array }
  | { kind: 'queryAwareness' };

export class MalformedMessageError extends Error {}

function read<T>(decoder: decoding.Decoder, reader: (decoder: decoding.Decoder) => T): T {
  try {
    return reader(decoder);
  } catch {
    throw new MalformedMessageError('truncated message');
  }
}

export function parseClientMessage(message: Uint8Array): ClientMessage {
  const decoder = decoding.createDecoder(message);
  const type = read(decoder, decoding.readVarUint);
  let parsed: ClientMessage;
  if (type === messageSync) {
    const syncType = read(decoder, decoding.readVarUint);
    const payload = read(decoder, decoding.readVarUint8Array);
    if (syncType === syncStep1) parsed = { kind: 'syncStep1', stateVector: payload };
    else if (syncType === syncStep2 || syncType === syncUpdate) parsed = { kind: 'update', update: payload, isSyncStep2: syncType === syncStep2 };
    else throw new MalformedMessageError(`unknown sync message type ${syncType}`);
  } else if (type === messageAwareness) {
    parsed = { kind: 'awareness', update: read(decoder, decoding.readVarUint8Array) };
  } else if (type === messageQueryAwareness) {
    parsed = { kind: 'queryAwareness' };
  } else {
    throw new MalformedMessageError(`unknown message type ${type}`);
  }
  if (decoding.hasContent(decoder)) throw new MalformedMessageError('trailing bytes');
  return parsed;
}

function message(type: number, write: (encoder: encoding.Encoder) => void): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, type);
  write(encoder);
  return encoding.toUint8Array(encoder);
}

/** Step 1 of the sync: our state vector, so the client answers with what we are missing. */
export const syncStep1Message = (doc: Y.Doc) =>
  message(messageSync, (encoder) => {
    encoding.writeVarUint(encoder, syncStep1);
    encoding.writeVarUint8Array(encoder, Y.encodeStateVector(doc));
  });

/** Step 2: everything the client's state vector lacks. Throws on a malformed state vector. */
export const syncStep2Message = (doc: Y.Doc, stateVector: Uint8Array) =>
  message(messageSync, (encoder) => {
    encoding.writeVarUint(encoder, syncStep2);
    encoding.writeVarUint8Array(encoder, Y.encodeStateAsUpdate(doc, stateVector));
  });

export const updateMessage = (update: Uint8Array) =>
  message(messageSync, (encoder) => {
    encoding.writeVarUint(encoder, syncUpdate);
    encoding.writeVarUint8Array(encoder, update);
  });

export const awarenessMessage = (update: Uint8Array) =>
  message(messageAwareness, (encoder) => encoding.writeVarUint8Array(encoder, update));

/** y-protocols' "permission denied" (auth message): y-websocket clients hand it to `messageHandlers[2]`. */
export const permissionDeniedMessage = (reason: string) =>
  message(messageAuth, (encoder) => writePermissionDenied(encoder, reason));
