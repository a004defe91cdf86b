import { describe, expect, it } from 'vitest';
import mongoose from 'mongoose';
import type { User } from '@jumelage/contracts/auth';
import type { ErrorBody } from '@jumelage/contracts/constants';
import { createUser, serverForFile } from '@jumelage/test-utils';
import { backfillSearchKeys } from './users.search.ts';

const server = serverForFile();

describe('users (administration)', () => {
  it('lets an admin make a user coordinator, who then sees every partnership', async () => {
    const admin = await createUser(server, { globalRole: 'admin' });
    const claire = await createUser(server, { name: 'Claire' });
    const listed = await admin.client.get<{ data: User[]; nextCursor: string | null }>('/api/users?limit=100');
    expect(listed.body.data.map((user) => user.id)).toContain(claire.id);
    const promoted = await admin.client.patch<{ data: User }>(`/api/users/${claire.id}`, { globalRole: 'coordinator' });
    expect(promoted.body.data.globalRole).toBe('coordinator');
    expect((await claire.client.get<{ data: User }>('/api/auth/me')).body.data.globalRole).toBe('coordinator');
  });

  it('pages through users newest first', async () => {
    const admin = await createUser(server, { globalRole: 'admin' });
    await Promise.all([createUser(server), createUser(server), createUser(server)]);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const query: string = cursor ? `?limit=2&before=${cursor}` : '?limit=2';
      const page = await admin.client.get<{ data: User[]; nextCursor: string | null }>(`/api/users${query}`);
      expect(page.body.data.length).toBeLessThanOrEqual(2);
      seen.push(...page.body.data.map((user) => user.id));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(seen.length).toBe(await server.models.User.countDocuments());
    expect(new Set(seen).size).toBe(seen.length);
  });

  it('finds accounts by a part of the name or the email, in any case, and pages through what it found', async () => {
    const admin = await createUser(server, { globalRole: 'admin' });
    const found = await Promise.all(['Hédi Mansour', 'Salma MANSOUR', 'Mansoura Office'].map((name) => createUser(server, { name })));
    await createUser(server, { name: 'Jonas Weber' });
    const search = async (q: string, extra = '') =>
      (await admin.client.get<{ data: User[]; nextCursor: string | null }>(`/api/users?q=${encodeURIComponent(q)}${extra}`)).body;
    expect((await search('mansour')).data.map((user) => user.name).sort()).toEqual(['Hédi Mansour', 'Mansoura Office', 'Salma MANSOUR']);
    const [first] = found;
    expect((await search(first?.email.slice(5, 13).toUpperCase() ?? '')).data.map((user) => user.id)).toEqual([first?.id]);
    // What is typed is text, not a pattern.
    expect((await search('mans.ur')).data).toEqual([]);
    expect((await search('.*')).data).toEqual([]);
    const firstPage = await search('mansour', '&limit=2');
    expect(firstPage.data).toHaveLength(2);
    const secondPage = await search('mansour', `&limit=2&before=${firstPage.nextCursor ?? ''}`);
    expect(secondPage).toEqual({ data: [expect.objectContaining({ name: 'Hédi Mansour' })], nextCursor: null });
    expect((await admin.client.get<ErrorBody>(`/api/users?q=${'x'.repeat(300)}`)).status).toBe(400);
  });

  it('finds a name without its accents or Arabic hamza, also after a rename and for accounts stored before the search key', async () => {
    const admin = await createUser(server, { globalRole: 'admin' });
    const tag = new mongoose.Types.ObjectId().toHexString().slice(-6);
    const named = [`Hédi Ben Ali ${tag}`, `Jürgen Straße ${tag}`, `أحمد الزين ${tag}`];
    const [hedi] = await Promise.all(named.map((name) => createUser(server, { name })));
    const names = async (q: string) =>
      (await admin.client.get<{ data: User[] }>(`/api/users?q=${encodeURIComponent(q)}`)).body.data.map((user) => user.name);
    expect(await names(`hedi ben ali ${tag}`)).toEqual([named[0]]);
    expect(await names(`HÉDI BEN ALI ${tag}`)).toEqual([named[0]]);
    expect(await names(`jurgen strasse ${tag}`)).toEqual([named[1]]);
    expect(await names(`احمد الزين ${tag}`)).toEqual([named[2]]);
    // A renamed account is found by its new name only.
    await hedi?.client.patch('/api/users/me', { name: `Hèdi Trabelsi ${tag}` });
    expect(await names(`hedi trabelsi ${tag}`)).toEqual([`Hèdi Trabelsi ${tag}`]);
    expect(await names(`hedi ben ali ${tag}`)).toEqual([]);
    // An account stored without a search key (before keys existed, or by a server not yet
    // upgraded during a rolling deploy) is found: the search gives it one first.
    const { insertedId } = await server.models.User.collection.insertOne({
      email: `old-${tag}@example.org`, name: `Éloïse Ancienne ${tag}`, passwordHash: 'x', locale: 'fr', timeZone: 'Europe/Paris', globalRole: 'user',
    });
    expect(await names(`eloise ancienne ${tag}`)).toEqual([`Éloïse Ancienne ${tag}`]);
    expect((await server.models.User.findById(insertedId).lean())?.searchKey).toContain('eloise ancienne');
    // The same at startup, for accounts stored before keys existed.
    await server.models.User.updateOne({ _id: insertedId }, { $unset: { searchKey: 1 } });
    await backfillSearchKeys(server.models);
    expect((await server.models.User.findById(insertedId).lean())?.searchKey).toContain('eloise ancienne');
    await server.models.User.deleteOne({ _id: insertedId });
  });

  it('lists the accounts that can sign in, or the deactivated ones', async () => {
    const admin = await createUser(server, { globalRole: 'admin' });
    const tag = new mongoose.Types.ObjectId().toHexString().slice(-6);
    const [staying, leaving] = await Promise.all([createUser(server, { name: `Staying ${tag}` }), createUser(server, { name: `Leaving ${tag}` })]);
    expect((await admin.client.post(`/api/users/${leaving?.id ?? ''}/deactivation`)).status).toBe(200);
    const ids = async (status: string) =>
      (await admin.client.get<{ data: User[] }>(`/api/users?q=${tag}&status=${status}`)).body.data.map((user) => user.id);
    expect(await ids('active')).toEqual([staying?.id]);
    expect(await ids('deactivated')).toEqual([leaving?.id]);
    expect((await admin.client.get<ErrorBody>('/api/users?status=gone')).body.error.code).toBe('validation_failed');
  });

  it('refuses these actions to everyone but admins, and an admin cannot demote themself', async () => {
    const user = await createUser(server);
    const admin = await createUser(server, { globalRole: 'admin' });
    expect((await user.client.get<ErrorBody>('/api/users')).status).toBe(403);
    expect((await user.client.patch<ErrorBody>(`/api/users/${user.id}`, { globalRole: 'admin' })).status).toBe(403);
    expect((await admin.client.patch<ErrorBody>(`/api/users/${admin.id}`, { globalRole: 'user' })).status).toBe(403);
    expect((await admin.client.patch<ErrorBody>(`/api/users/${user.id}`, { globalRole: 'king' })).status).toBe(400);
    expect((await server.client().get<ErrorBody>('/api/users')).status).toBe(401);
  });

  it('keeps an administrator when the last two demote each other at the same moment', async () => {
    const [anna, karim] = [await createUser(server, { globalRole: 'admin' }), await createUser(server, { globalRole: 'admin' })];
    await server.models.User.updateMany({ _id: mongoose.trusted({ $nin: [anna.id, karim.id] }), globalRole: 'admin' }, { $set: { globalRole: 'user' } });
    const answers = await Promise.all([
      anna.client.patch<ErrorBody>(`/api/users/${karim.id}`, { globalRole: 'user' }),
      karim.client.patch<ErrorBody>(`/api/users/${anna.id}`, { globalRole: 'user' }),
    ]);
    // Overlapping, one is undone (409); one after the other, the second is no admin any more (403).
    const statuses = answers.map((answer) => answer.status).sort();
    expect([[200, 409], [409, 409], [200, 403]]).toContainEqual(statuses);
    expect(await server.models.User.countDocuments({ globalRole: 'admin' })).toBeGreaterThanOrEqual(1);
  });
});
