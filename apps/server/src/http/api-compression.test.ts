import { request } from 'node:http';
import { brotliDecompressSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPartnership, createUser, startTestServer, type TestServer, type TestUser } from '@jumelage/test-utils';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

/** The raw bytes of a GET as the user, without fetch's transparent decompression. */
function rawGet(user: TestUser, path: string, acceptEncoding: string) {
  return new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }>((resolve, reject) => {
    const headers = { 'accept-encoding': acceptEncoding, cookie: user.client.cookieHeader ?? '' };
    request(`${user.client.baseUrl}${path}`, { headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }));
      response.on('error', reject);
    })
      .on('error', reject)
      .end();
  });
}

describe('API compression', () => {
  it('sends a large reply in a fraction of the bytes to a client that accepts Brotli, and the same data', async () => {
    const anna = await createUser(server);
    const description = 'Gemeinsamer Park am Fluss: Spielplatz, Obstwiese, Wege. حديقة مشتركة على ضفة النهر. '.repeat(40);
    const partnership = await createPartnership(anna, { description });
    const path = `/api/partnerships/${partnership.id}`;

    const plain = await rawGet(anna, path, 'identity');
    const compressed = await rawGet(anna, path, 'br');
    expect(plain.status).toBe(200);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(compressed.headers['content-encoding']).toBe('br');
    expect(compressed.headers.vary).toMatch(/accept-encoding/i);
    expect(compressed.body.byteLength).toBeLessThan(plain.body.byteLength / 4);
    expect(JSON.parse(brotliDecompressSync(compressed.body).toString())).toEqual(JSON.parse(plain.body.toString()));
  });

  it('leaves small replies alone', async () => {
    const anna = await createUser(server);
    const me = await rawGet(anna, '/api/auth/me', 'br, gzip');
    expect(me.status).toBe(200);
    expect(me.headers['content-encoding']).toBeUndefined();
  });

  it('never compresses or lets a cache keep a reply that carries a secret', async () => {
    const anna = await createUser(server);
    const partnership = await createPartnership(anna);
    const invitation = await anna.client.request('POST', `/api/partnerships/${partnership.id}/invitations`, { role: 'member', municipalityIndex: 1, expiresInDays: 7 }, { 'accept-encoding': 'br, gzip' });
    expect(invitation.status).toBe(201);
    expect(invitation.headers.get('cache-control')).toBe('no-store, no-transform');
    const feed = await anna.client.request('POST', '/api/users/me/calendar-token', {}, { 'accept-encoding': 'br, gzip' });
    expect(feed.status).toBe(201);
    expect(feed.headers.get('cache-control')).toBe('no-store, no-transform');
  });
});
