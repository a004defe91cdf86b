import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { WebSocket } from 'ws';
import { WebsocketProvider } from 'y-websocket';
import type * as Y from 'yjs';
import type { ServerInfo } from './servers/child.ts';

// Every server under test gets the same client: y-websocket's WebsocketProvider on a `ws` socket.
// For Hocuspocus, whose messages carry the document name first and which wants an auth message
// before anything else, a thin socket adapter translates; the Yjs traffic itself is unchanged.

type Protocol = 'y-websocket' | 'hocuspocus';

const hocuspocusAuth = 2;
const hocuspocusSyncReply = 4;
const yWebsocketTypes = new Set([0, 1, 3]);

function hocuspocusToYWebsocket(data: Uint8Array): Uint8Array | null {
  const decoder = decoding.createDecoder(data);
  decoding.readVarString(decoder);
  const type = decoding.readVarUint(decoder);
  if (!yWebsocketTypes.has(type) && type !== hocuspocusSyncReply) return null;
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, type === hocuspocusSyncReply ? 0 : type);
  encoding.writeUint8Array(encoder, data.subarray(decoder.pos));
  return encoding.toUint8Array(encoder);
}

function prefixed(room: string, write: (encoder: encoding.Encoder) => void): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarString(encoder, room);
  write(encoder);
  return encoding.toUint8Array(encoder);
}

function socketClass(info: ServerInfo, room: string, protocol: Protocol) {
  class BenchWebSocket extends WebSocket {
    constructor(url: string | URL, protocols?: string | string[]) {
      super(url, protocols, { headers: info.headers, perMessageDeflate: false });
      if (protocol === 'y-websocket') return;
      this.on('open', () => super.send(prefixed(room, (e) => (encoding.writeVarUint(e, hocuspocusAuth), encoding.writeVarUint(e, 0), encoding.writeVarString(e, '')))));
      let handler: ((event: { data: Uint8Array }) => void) | null = null;
      const listener = (data: Buffer) => {
        const translated = hocuspocusToYWebsocket(new Uint8Array(data));
        if (translated && handler) handler({ data: translated });
      };
      this.on('message', listener);
      Object.defineProperty(this, 'onmessage', { get: () => handler, set: (next: typeof handler) => (handler = next) });
    }

    override send(data: Uint8Array): void {
      super.send(protocol === 'hocuspocus' ? prefixed(room, (e) => encoding.writeUint8Array(e, data)) : data);
    }
  }
  // ws implements the WebSocket API y-websocket uses; its TypeScript class is not the DOM's type.
  return BenchWebSocket as unknown as typeof globalThis.WebSocket;
}

export function openProvider(info: ServerInfo, room: string, protocol: Protocol, doc: Y.Doc): WebsocketProvider {
  return new WebsocketProvider(info.url, room, doc, { WebSocketPolyfill: socketClass(info, room, protocol), disableBc: true });
}

/** Resolves on the first sync; a server that refuses or never answers fails the run after `timeoutMs`. */
export function whenSynced(provider: WebsocketProvider, timeoutMs = 30_000): Promise<void> {
  return new Promise((resolve, reject) => {
    if (provider.synced) return resolve();
    const timer = setTimeout(() => {
      provider.off('sync', onSync);
      reject(new Error(`no sync from ${provider.url} within ${timeoutMs} ms (refused upgrade?)`));
    }, timeoutMs);
    const onSync = (isSynced: boolean) => {
      if (!isSynced) return;
      provider.off('sync', onSync);
      clearTimeout(timer);
      resolve();
    };
    provider.on('sync', onSync);
  });
}
