import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rawGet } from '@jumelage/test-utils';
import { webAppRoutes } from './static.ts';

const script = `export const greeting = ${JSON.stringify('Marhaba, Hallo, Bonjour! '.repeat(200))};\n`;
let dir: string;
let server: Server;
let url: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'jumelage-assets-'));
  await mkdir(path.join(dir, 'assets'));
  await writeFile(path.join(dir, 'assets', 'index-abc123.js'), script);
  await writeFile(path.join(dir, 'index.html'), '<!doctype html><title>Jumelage</title>');
  await writeFile(path.join(dir, 'sw.js'), 'self.addEventListener("fetch", () => {});');
  const app = express().use(webAppRoutes(dir));
  server = app.listen(0);
  await new Promise((resolve) => server.once('listening', resolve));
  const address = server.address();
  url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await rm(dir, { recursive: true, force: true });
});

/** The response as sent, without fetch's transparent decompression. */
const get = (pathname: string, acceptEncoding: string) => rawGet(`${url}${pathname}`, { 'accept-encoding': acceptEncoding });

describe('compressed build files', () => {
  it('sends a hashed script gzip-compressed to a browser that accepts gzip, cacheable for a year', async () => {
    const answer = await get('/assets/index-abc123.js', 'gzip, deflate');
    expect(answer.status).toBe(200);
    expect(answer.headers['content-encoding']).toBe('gzip');
    expect(answer.headers['content-type']).toMatch(/javascript/);
    expect(answer.headers['vary']).toBe('Accept-Encoding');
    expect(answer.headers['cache-control']).toContain('immutable');
    expect(gunzipSync(answer.body).toString()).toBe(script);
    expect(answer.body.length).toBeLessThan(script.length / 5);
  });

  it('prefers Brotli when offered and sends the file as is to a client without compression', async () => {
    expect(
      (await get('/assets/index-abc123.js', 'gzip, deflate, br')).headers['content-encoding'],
    ).toBe('br');
    const plain = await get('/assets/index-abc123.js', 'identity');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(script);
  });

  it('answers 404 for build files that do not exist and never leaves the folder', async () => {
    expect((await get('/assets/missing-123.js', 'gzip')).status).toBe(404);
    expect(
      (await get('/assets/%2e%2e/index.html', 'gzip')).headers['content-encoding'],
    ).toBeUndefined();
  });
});

describe('the service worker', () => {
  it('is revalidated on every visit, so a new release reaches everyone', async () => {
    const answer = await get('/sw.js', 'identity');
    expect(answer.status).toBe(200);
    expect(answer.headers['content-type']).toMatch(/javascript/);
    expect(answer.headers['cache-control']).toBe('no-cache');
  });
});
