import { describe, expect, it } from 'vitest';
import { sessionCookieName, type ErrorBody } from '@jumelage/contracts/constants';
import type { User } from '@jumelage/contracts/auth';
import { serverForFile, startTestServer } from '@jumelage/test-utils';

const server = serverForFile();

const registration = (email: string) => ({ email, name: 'Anna Becker', password: 'a long enough password', locale: 'de' });

describe('accounts', () => {
  it('registers, reads me, logs out and logs back in', async () => {
    const browser = server.client();
    const registered = await browser.post<{ data: User }>('/api/auth/register', registration('Anna@Wolfsburg.example'));
    expect(registered.status).toBe(201);
    expect(registered.body.data).toMatchObject({ email: 'anna@wolfsburg.example', name: 'Anna Becker', locale: 'de' });
    expect(registered.body.data).not.toHaveProperty('passwordHash');

    const me = await browser.get<{ data: User }>('/api/auth/me');
    expect(me.status).toBe(200);
    expect(me.body.data.email).toBe('anna@wolfsburg.example');

    const loggedOut = await browser.post('/api/auth/logout');
    expect(loggedOut.status).toBe(204);
    expect((await browser.get('/api/auth/me')).status).toBe(401);

    const login = await browser.post<{ data: User }>('/api/auth/login', { email: 'ANNA@wolfsburg.example', password: 'a long enough password' });
    expect(login.status).toBe(200);
    expect((await browser.get('/api/auth/me')).status).toBe(200);
  });

  it('makes the first account of an empty instance an admin and later ones plain users', async () => {
    const fresh = await startTestServer();
    try {
      const first = await fresh.client().post<{ data: User }>('/api/auth/register', registration('first@example.org'));
      const second = await fresh.client().post<{ data: User }>('/api/auth/register', registration('second@example.org'));
      expect(first.body.data.globalRole).toBe('admin');
      expect(second.body.data.globalRole).toBe('user');
    } finally {
      await fresh.close();
    }
  });

  it('sets an HttpOnly, SameSite=Lax session cookie holding an opaque token whose hash alone is stored', async () => {
    const browser = server.client();
    const response = await browser.post('/api/auth/register', registration('cookie@example.org'));
    const cookie = response.headers.getSetCookie().find((c) => c.startsWith(`${sessionCookieName}=`));
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).toMatch(/Path=\//);
    const token = browser.sessionToken ?? '';
    expect(token.length).toBeGreaterThanOrEqual(40);
    expect(await server.models.Session.exists({ tokenHash: token })).toBeNull();
    expect(await server.models.Session.countDocuments({ tokenHash: /^[a-f0-9]{64}$/ })).toBeGreaterThan(0);
  });

  it('refuses an expired session even though it is still stored', async () => {
    const browser = server.client();
    await browser.post('/api/auth/register', registration('expired@example.org'));
    await server.models.Session.updateMany({}, { $set: { expiresAt: new Date(Date.now() - 1000) } });
    const me = await browser.get<ErrorBody>('/api/auth/me');
    expect(me.status).toBe(401);
    expect(me.body.error.code).toBe('unauthenticated');
  });

  it('answers a wrong password and an unknown email with the same error', async () => {
    await server.client().post('/api/auth/register', registration('known@example.org'));
    const wrongPassword = await server.client().post<ErrorBody>('/api/auth/login', { email: 'known@example.org', password: 'not the password' });
    const unknownEmail = await server.client().post<ErrorBody>('/api/auth/login', { email: 'nobody@example.org', password: 'not the password' });
    expect(wrongPassword.status).toBe(401);
    expect(unknownEmail.status).toBe(401);
    expect(wrongPassword.body).toEqual(unknownEmail.body);
  });

  it('rejects a duplicate email regardless of case with conflict', async () => {
    await server.client().post('/api/auth/register', registration('twice@example.org'));
    const again = await server.client().post<ErrorBody>('/api/auth/register', registration('TWICE@example.org'));
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('conflict');
  });

  it('rejects bad bodies with validation_failed and details per field', async () => {
    const response = await server.client().post<ErrorBody>('/api/auth/register', { email: 'not-an-email', name: '', password: 'short' });
    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe('validation_failed');
    expect(response.body.error.details?.map((d) => d.path).sort()).toEqual(['email', 'name', 'password']);
  });

  it('rejects unknown JSON fields', async () => {
    const response = await server.client().post<ErrorBody>('/api/auth/register', { ...registration('extra@example.org'), globalRole: 'admin' });
    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe('validation_failed');
    expect(await server.models.User.exists({ email: 'extra@example.org' })).toBeNull();
  });

  it('never lets an operator object such as {"$gt": ""} reach a query', async () => {
    await server.client().post('/api/auth/register', registration('victim@example.org'));
    for (const body of [
      { email: { $gt: '' }, password: { $gt: '' } },
      { email: 'victim@example.org', password: { $ne: null } },
    ]) {
      const response = await server.client().post<ErrorBody>('/api/auth/login', body);
      expect(response.status).toBe(400);
      expect(response.body.error.code).toBe('validation_failed');
    }
    const me = await server.client().request<ErrorBody>('GET', '/api/auth/me', undefined, { cookie: `${sessionCookieName}[$ne]=x` });
    expect(me.status).toBe(401);
  });

  it('answers malformed JSON with validation_failed and oversized bodies with payload_too_large', async () => {
    const malformed = await server.client().post<ErrorBody>('/api/auth/login', '{"email":');
    expect(malformed.status).toBe(400);
    expect(malformed.body.error.code).toBe('validation_failed');
    const huge = await server.client().post<ErrorBody>('/api/auth/login', { email: 'a@b.org', password: 'x'.repeat(300_000) });
    expect(huge.status).toBe(413);
    expect(huge.body.error.code).toBe('payload_too_large');
  });

  it('rate-limits repeated login attempts with rate_limited and Retry-After', async () => {
    const statuses: number[] = [];
    let last: { status: number; headers: Headers; body: ErrorBody } | undefined;
    for (let attempt = 0; attempt < 12; attempt += 1) {
      last = await server.client().post<ErrorBody>('/api/auth/login', { email: 'bruteforce@example.org', password: 'guess-guess' });
      statuses.push(last.status);
    }
    expect(statuses.slice(0, 10).every((status) => status === 401)).toBe(true);
    expect(last?.status).toBe(429);
    expect(last?.body.error.code).toBe('rate_limited');
    expect(Number(last?.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('refuses state-changing requests from a foreign Origin (CSRF)', async () => {
    const response = await server.client().request<ErrorBody>('POST', '/api/auth/register', registration('csrf@example.org'), {
      origin: 'https://evil.example',
    });
    expect(response.status).toBe(403);
    expect(response.body.error.code).toBe('forbidden');
    expect(await server.models.User.exists({ email: 'csrf@example.org' })).toBeNull();
  });

  it('saves the language and time zone on the account', async () => {
    const browser = server.client();
    await browser.post('/api/auth/register', registration('locale@example.org'));
    const updated = await browser.patch<{ data: User }>('/api/users/me', { locale: 'ar', timeZone: 'Africa/Tunis' });
    expect(updated.status).toBe(200);
    expect((await browser.get<{ data: User }>('/api/auth/me')).body.data).toMatchObject({ locale: 'ar', timeZone: 'Africa/Tunis' });
    const bad = await browser.patch<ErrorBody>('/api/users/me', { timeZone: 'Mars/Olympus' });
    expect(bad.status).toBe(400);
  });
});
