import { WebSocket } from 'ws';
import { planDocName } from '@jumelage/contracts/constants';
import type { TestClient } from './http-client.ts';
import { collabUrl, headersOf } from './collab.ts';

export type UpgradeOutcome = { opened: WebSocket } | { status: number };

/** A bare WebSocket to the collab endpoint, for sending what no well-behaved client would. */
export function openRawCollab(client: TestClient, target: string, options: { origin?: string } = {}): Promise<UpgradeOutcome> {
  const name = /^[a-f0-9]{24}$/.test(target) ? planDocName(target) : target;
  const ws = new WebSocket(`${collabUrl(client)}/${name}`, { headers: headersOf(client, options.origin ?? client.origin) });
  return new Promise((resolve, reject) => {
    ws.once('open', () => resolve({ opened: ws }));
    ws.once('unexpected-response', (_req, res) => {
      resolve({ status: res.statusCode ?? 0 });
      res.resume();
      ws.terminate();
    });
    ws.once('error', reject);
  });
}

/** Resolves with the close code the server sent (1006 when the connection just dropped). */
export function closeCode(ws: WebSocket): Promise<number> {
  return new Promise((resolve) => {
    if (ws.readyState === ws.CLOSED) return resolve(1006);
    ws.once('close', (code) => resolve(code));
  });
}

/** Collects every message the server sends on a raw connection. */
export function collectMessages(ws: WebSocket): Uint8Array[] {
  const messages: Uint8Array[] = [];
  ws.on('message', (data) => {
    if (Buffer.isBuffer(data)) messages.push(new Uint8Array(data));
  });
  return messages;
}
