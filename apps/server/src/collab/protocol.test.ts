import { describe, expect, it } from 'vitest';
import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import { decodeFrames, encodeFrames } from './frames.ts';
import { MalformedMessageError, parseClientMessage } from './protocol.ts';

function clientMessage(write: (encoder: encoding.Encoder) => void): Uint8Array {
  const encoder = encoding.createEncoder();
  write(encoder);
  return encoding.toUint8Array(encoder);
}

describe('y-websocket messages', () => {
  const doc = new Y.Doc();
  doc.getText('t').insert(0, 'hallo');

  it('reads what the y-websocket client sends', () => {
    const step1 = clientMessage((e) => (encoding.writeVarUint(e, 0), syncProtocol.writeSyncStep1(e, doc)));
    expect(parseClientMessage(step1)).toEqual({ kind: 'syncStep1', stateVector: Y.encodeStateVector(doc) });
    const step2 = clientMessage((e) => (encoding.writeVarUint(e, 0), syncProtocol.writeSyncStep2(e, doc)));
    expect(parseClientMessage(step2)).toMatchObject({ kind: 'update', isSyncStep2: true });
    const update = clientMessage((e) => (encoding.writeVarUint(e, 0), syncProtocol.writeUpdate(e, Y.encodeStateAsUpdate(doc))));
    expect(parseClientMessage(update)).toMatchObject({ kind: 'update', isSyncStep2: false });
    expect(parseClientMessage(Uint8Array.of(3))).toEqual({ kind: 'queryAwareness' });
  });

  it.each([
    ['empty', []],
    ['unknown type', [7]],
    ['auth from a client', [2, 0, 0]],
    ['unknown sync type', [0, 9, 0]],
    ['length beyond the end', [0, 2, 200, 1]],
    ['trailing bytes', [0, 0, 0, 42]],
    ['a varint that never ends', [0, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80]],
  ])('refuses %s', (_what, bytes) => {
    expect(() => parseClientMessage(Uint8Array.from(bytes))).toThrow(MalformedMessageError);
  });
});

describe('stored update frames', () => {
  it('round-trips a batch and refuses a truncated one', () => {
    const batch = [Uint8Array.of(1, 2, 3), new Uint8Array(0), Uint8Array.of(9)];
    expect(decodeFrames(encodeFrames(batch))).toEqual(batch);
    expect(() => decodeFrames(encodeFrames(batch).subarray(0, 4))).toThrow();
  });
});
