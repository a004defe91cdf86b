import { WebSocket } from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { planDocName } from '@jumelage/contracts/constants';
import type { TestClient } from './http-client.ts';

export interface CollabOptions {
  /** Origin header; default the client's own (what a browser on our page sends). */
  origin?: string;
  /** Reuse a document, e.g. to reconnect a client that kept its edits. */
  doc?: Y.Doc;
  connect?: boolean;
}

export interface CollabClient {
  doc: Y.Doc;
  provider: WebsocketProvider;
  text(): string;
  destroy(): void;
}

export const collabUrl = (client: TestClient) => `${client.baseUrl.replace(/^http/, 'ws')}/collab`;

/** A `ws` WebSocket that sends the cookie and Origin a browser would send with the upgrade. */
function webSocketWithHeaders(headers: Record<string, string>) {
  class HeaderWebSocket extends WebSocket {
    constructor(url: string | URL, protocols?: string | string[]) {
      super(url, protocols, { headers });
    }
  }
  // ws implements the WebSocket API y-websocket uses (binaryType, on* handlers, send, close) but its
  // TypeScript class is not the DOM's WebSocket type.
  return HeaderWebSocket as unknown as typeof globalThis.WebSocket;
}

export function headersOf(client: TestClient, origin = client.origin): Record<string, string> {
  return { ...(client.cookieHeader ? { cookie: client.cookieHeader } : {}), ...(origin ? { origin } : {}) };
}

/** A real y-websocket client (as the web app uses it) on `/collab/plan:<planId>`, logged in as `client`. */
export function openCollab(client: TestClient, planId: string, options: CollabOptions = {}): CollabClient {
  const doc = options.doc ?? new Y.Doc();
  const provider = new WebsocketProvider(collabUrl(client), planDocName(planId), doc, {
    WebSocketPolyfill: webSocketWithHeaders(headersOf(client, options.origin ?? client.origin)),
    disableBc: true,
    connect: options.connect ?? true,
    maxBackoffTime: 200,
  });
  return {
    doc,
    provider,
    text: () => doc.getXmlFragment('default').toString(),
    destroy: () => provider.destroy(),
  };
}

/** Resolves once the client has the server's state (it received our sync step 2). */
export function synced(collab: CollabClient): Promise<void> {
  return new Promise((resolve) => {
    if (collab.provider.synced) return resolve();
    const onSync = (isSynced: boolean) => {
      if (!isSynced) return;
      collab.provider.off('sync', onSync);
      resolve();
    };
    collab.provider.on('sync', onSync);
  });
}

/** Resolves with the close code and reason of the provider's next closed connection. */
export function connectionClosed(collab: CollabClient): Promise<{ code: number; reason: string }> {
  return new Promise((resolve) => {
    const onClose = (event: { code: number; reason: string } | null) => {
      collab.provider.off('connection-close', onClose);
      resolve({ code: event?.code ?? 0, reason: event?.reason ?? '' });
    };
    collab.provider.on('connection-close', onClose);
  });
}

/** Polls a condition until it holds or the deadline passes (for state that has no event of its own). */
export async function eventually<T>(probe: () => T | Promise<T>, options: { timeoutMs?: number; intervalMs?: number } = {}): Promise<T> {
  const deadline = Date.now() + (options.timeoutMs ?? 5000);
  let last: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value !== false && value !== undefined && value !== null) return value;
    } catch (error) {
      last = error;
    }
    if (Date.now() > deadline) throw last instanceof Error ? last : new Error('condition not met before the deadline');
    await new Promise((resolve) => setTimeout(resolve, options.intervalMs ?? 10));
  }
}

/** A seeded pseudo-random generator (mulberry32), so a failing random test can be replayed. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Appends a paragraph with this text, as TipTap would store it. */
export function addParagraph(doc: Y.Doc, text: string, dir = 'auto'): void {
  const paragraph = new Y.XmlElement('paragraph');
  paragraph.setAttribute('dir', dir);
  paragraph.insert(0, [new Y.XmlText(text)]);
  doc.getXmlFragment('default').push([paragraph]);
}

const words = ['Wasser', 'Abfall', 'déchets', 'مياه', 'park', 'budget', 'Jendouba', 'Wolfsburg'];

/** One random edit: a new paragraph, or an insertion or deletion inside an existing one. */
export function randomEdit(doc: Y.Doc, random: () => number): void {
  const fragment = doc.getXmlFragment('default');
  const texts = fragment.toArray().flatMap((node) => {
    const first = node instanceof Y.XmlElement ? node.get(0) : undefined;
    return first instanceof Y.XmlText ? [first] : [];
  });
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)];
  const text = pick(texts);
  const word = pick(words) ?? 'x';
  if (!text || random() < 0.1) return addParagraph(doc, word);
  const position = Math.floor(random() * (text.length + 1));
  if (random() < 0.65 || text.length === 0) text.insert(position, `${word} `);
  else text.delete(Math.min(position, text.length - 1), Math.min(1 + Math.floor(random() * 6), text.length - Math.min(position, text.length - 1)));
}
