import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { brotliDecompressSync } from 'node:zlib';
import compression from 'compression';
import express from 'express';
import { describe, expect, it } from 'vitest';
import { createPartnership, createUser, rawGet, serverForFile, type TestUser } from '@jumelage/test-utils';
import { sendSecret } from './secrets.ts';

const server = serverForFile();

/** A GET with its body as sent (as the user, if given). */
const getAs = (url: string, acceptEncoding: string, user?: TestUser) =>
  rawGet(url, { 'accept-encoding': acceptEncoding, ...(user ? { cookie: user.client.cookieHeader ?? '' } : {}) });

describe('API compression', () => {
  it('sends a large reply in a fraction of the bytes to a client that accepts Brotli, and the same data', async () => {
    const anna = await createUser(server);
    const description = 'Gemeinsamer Park am Fluss: Spielplatz, Obstwiese, Wege. حديقة مشتركة على ضفة النهر. '.repeat(40);
    const partnership = await createPartnership(anna, { description });
    const path = `/api/partnerships/${partnership.id}`;

    const plain = await getAs(`${anna.client.baseUrl}${path}`, 'identity', anna);
    const compressed = await getAs(`${anna.client.baseUrl}${path}`, 'br', anna);
    expect(plain.status).toBe(200);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(compressed.headers['content-encoding']).toBe('br');
    expect(compressed.headers.vary).toMatch(/accept-encoding/i);
    expect(compressed.body.byteLength).toBeLessThan(plain.body.byteLength / 4);
    expect(JSON.parse(brotliDecompressSync(compressed.body).toString())).toEqual(JSON.parse(plain.body.toString()));
  });

  it('leaves small replies alone', async () => {
    const anna = await createUser(server);
    const me = await getAs(`${anna.client.baseUrl}/api/auth/me`, 'br, gzip', anna);
    expect(me.status).toBe(200);
    expect(me.headers['content-encoding']).toBeUndefined();
  });

  it('never compresses or lets a cache keep a reply that carries a secret', async () => {
    const anna = await createUser(server);
    const partnership = await createPartnership(anna);
    const invitation = await anna.client.request('POST', `/api/partnerships/${partnership.id}/invitations`, { role: 'member', municipalityIndex: 1, expiresInDays: 7 }, { 'accept-encoding': 'br, gzip' });
    expect(invitation.status).toBe(201);
    expect(invitation.headers.get('cache-control')).toBe('no-store, no-transform');
    expect(invitation.headers.get('content-encoding')).toBeNull();
    const feed = await anna.client.request('POST', '/api/users/me/calendar-token', {}, { 'accept-encoding': 'br, gzip' });
    expect(feed.status).toBe(201);
    expect(feed.headers.get('cache-control')).toBe('no-store, no-transform');
  });

  it('keeps a reply sent with sendSecret uncompressed however large it is', async () => {
    const app = express()
      .use(compression())
      .get('/secret', (_req, res) => sendSecret(res, 200, { data: { token: randomBytes(16).toString('hex'), note: 'x'.repeat(4000) } }));
    const secretServer = app.listen(0, '127.0.0.1');
    await once(secretServer, 'listening');
    const { port } = secretServer.address() as AddressInfo;
    const reply = await getAs(`http://127.0.0.1:${port}/secret`, 'br, gzip');
    secretServer.close();
    expect(reply.body.byteLength).toBeGreaterThan(4000);
    expect(reply.headers['content-encoding']).toBeUndefined();
  });
});
