import { generateKeyBetween } from 'fractional-indexing';
import mongoose from 'mongoose';
import { describe, expect, it } from 'vitest';
import type { ErrorBody, MilestoneStatus } from '@jumelage/contracts/constants';
import type { Activity, Milestone, MilestoneChanged } from '@jumelage/contracts/milestones';
import {
  addMember,
  castForFile,
  connected,
  createPartnership,
  createUser,
  openSocket,
  serverForFile,
  trackSockets,
} from '@jumelage/test-utils';

const server = serverForFile();
const cast = castForFile(server);
const track = trackSockets();

const base = () => `/api/partnerships/${cast.partnership.id}/milestones`;

async function create(body: Record<string, unknown>): Promise<Milestone> {
  const response = await cast.member.client.post<{ data: Milestone }>(base(), body);
  expect(response.status).toBe(201);
  return response.body.data;
}

describe('milestones', () => {
  it('creates, updates, moves and deletes, keeping completedAt and version right', async () => {
    const created = await create({ title: 'Standortanalyse Quartierspark', dueOn: '2027-04-30', ownerIds: [cast.owner.id, cast.member.id] });
    expect(created).toMatchObject({ status: 'planned', version: 0, completedAt: null, ownerIds: [cast.owner.id, cast.member.id] });

    const done = await cast.member.client.patch<{ data: Milestone }>(`/api/milestones/${created.id}`, { version: 0, status: 'done' });
    expect(done.body.data).toMatchObject({ status: 'done', version: 1 });
    expect(done.body.data.completedAt).not.toBeNull();

    const reopened = await cast.member.client.patch<{ data: Milestone }>(`/api/milestones/${created.id}`, { version: 1, status: 'in_progress', title: 'Standortanalyse' });
    expect(reopened.body.data).toMatchObject({ status: 'in_progress', completedAt: null, title: 'Standortanalyse', version: 2 });

    expect((await cast.member.client.delete(`/api/milestones/${created.id}?version=2`)).status).toBe(204);
    expect((await cast.member.client.get(`/api/milestones/${created.id}`)).status).toBe(404);
  });

  it('answers a create sent again under the id the client chose with the first, never a second', async () => {
    const id = new mongoose.Types.ObjectId().toHexString();
    const first = await create({ id, title: 'Bürgerwerkstatt' });
    expect(first.id).toBe(id);
    // The answer was lost and the user pressed "add" again: the same milestone, 200, no event.
    const again = await cast.member.client.post<{ data: Milestone }>(base(), { id, title: 'Bürgerwerkstatt' });
    expect(again.status).toBe(200);
    expect(again.body.data).toEqual(first);
    expect(await server.models.Milestone.countDocuments({ title: 'Bürgerwerkstatt' })).toBe(1);
    // Someone else's id, or one from a clock a day off, makes no claim on the first.
    const other = await cast.owner.client.post<ErrorBody>(base(), { id, title: 'Fremd' });
    expect(other.status).toBe(409);
    const old = mongoose.Types.ObjectId.createFromTime(Math.floor(Date.now() / 1000) - 3 * 24 * 3600).toHexString();
    const fresh = await create({ id: old, title: 'Alte Uhr' });
    expect(fresh.id).not.toBe(old);
    expect((await cast.member.client.post<ErrorBody>(base(), { id: 'nope', title: 'x' })).status).toBe(400);
  });

  it('answers a stale version with 409 and the current milestone, changing nothing', async () => {
    const created = await create({ title: 'Bürgerbeteiligung' });
    await cast.owner.client.patch(`/api/milestones/${created.id}`, { version: 0, title: 'Bürgerbeteiligung (Workshop)' });
    const stale = await cast.member.client.patch<ErrorBody & { data: Milestone }>(`/api/milestones/${created.id}`, { version: 0, title: 'Mein Titel' });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('conflict');
    expect(stale.body.data).toMatchObject({ title: 'Bürgerbeteiligung (Workshop)', version: 1 });
    expect((await cast.member.client.delete<ErrorBody>(`/api/milestones/${created.id}?version=0`)).status).toBe(409);
  });

  it('keeps exactly one of two changes sent at the same moment from the same version; the other gets 409', async () => {
    const created = await create({ title: 'Pflanzplan' });
    const answers = await Promise.all([
      cast.owner.client.patch<{ data: Milestone }>(`/api/milestones/${created.id}`, { version: 0, title: 'Pflanzplan (Owner)' }),
      cast.member.client.patch<{ data: Milestone }>(`/api/milestones/${created.id}`, { version: 0, title: 'Pflanzplan (Member)' }),
    ]);
    expect(answers.map((answer) => answer.status).sort()).toEqual([200, 409]);
    const kept = answers.find((answer) => answer.status === 200)?.body.data.title;
    const stored = await cast.owner.client.get<{ data: Milestone }>(`/api/milestones/${created.id}`);
    expect(stored.body.data).toMatchObject({ title: kept, version: 1 });
  });

  it('records who changed what, before and after, in the history', async () => {
    const created = await create({ title: 'Ausschreibung' });
    await cast.member.client.patch(`/api/milestones/${created.id}`, { version: 0, dueOn: '2027-01-15' });
    await cast.owner.client.patch(`/api/milestones/${created.id}`, { version: 1, status: 'in_progress' });
    const history = await cast.observer.client.get<{ data: Activity[] }>(`/api/milestones/${created.id}/activity`);
    expect(history.body.data.map((a) => [a.type, a.actor?.name])).toEqual([
      ['milestone.moved', 'Owner'],
      ['milestone.updated', 'Member'],
      ['milestone.created', 'Member'],
    ]);
    expect(history.body.data[1]?.changes).toEqual({ dueOn: { before: null, after: '2027-01-15' } });
  });

  it('keeps the order the client expects after 200 random moves', async () => {
    const board = await createPartnership(cast.owner, { name: 'Move test' });
    const url = `/api/partnerships/${board.id}/milestones`;
    const statuses: MilestoneStatus[] = ['planned', 'in_progress', 'done', 'blocked'];
    const columns = new Map<MilestoneStatus, Milestone[]>(statuses.map((s) => [s, []]));
    for (let i = 0; i < 12; i += 1) {
      const response = await cast.owner.client.post<{ data: Milestone }>(url, { title: `M${i}` });
      columns.get('planned')?.push(response.body.data);
    }
    let seed = 42;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    for (let move = 0; move < 200; move += 1) {
      const nonEmpty = statuses.filter((s) => (columns.get(s) ?? []).length > 0);
      const from = nonEmpty[random(nonEmpty.length)] ?? 'planned';
      const source = columns.get(from) ?? [];
      const [item] = source.splice(random(source.length), 1);
      if (!item) continue;
      const to = statuses[random(statuses.length)] ?? 'planned';
      const target = columns.get(to) ?? [];
      const index = random(target.length + 1);
      const position = generateKeyBetween(target[index - 1]?.position ?? null, target[index]?.position ?? null);
      const response = await cast.owner.client.patch<{ data: Milestone }>(`/api/milestones/${item.id}`, { version: item.version, status: to, position });
      expect(response.status).toBe(200);
      target.splice(index, 0, response.body.data);
    }
    const stored = await cast.owner.client.get<{ data: Milestone[] }>(url);
    for (const status of statuses) {
      expect(stored.body.data.filter((m) => m.status === status).map((m) => m.title)).toEqual((columns.get(status) ?? []).map((m) => m.title));
    }
  });

  it('rejects bad input with clear 4xx errors and changes nothing', async () => {
    const target = await create({ title: 'Unverändert', dueOn: '2027-02-01' });
    const other = await createPartnership(cast.owner, { name: 'Other' });
    const otherMilestone = (await cast.owner.client.post<{ data: Milestone }>(`/api/partnerships/${other.id}/milestones`, { title: 'Fremd' })).body.data;
    const before = await server.models.Milestone.countDocuments();
    const badCreates = [
      { title: '' },
      { title: 'x'.repeat(201) },
      { title: 'ok', description: 'y'.repeat(4001) },
      { title: 'ok', status: 'someday' },
      { title: 'ok', dueOn: '2027-02-30' },
      { title: 'ok', dueOn: 'tomorrow' },
      { title: 'ok', position: '!!' },
      { title: 'ok', position: 'a' },
      { title: 'ok', ownerIds: [cast.outsider.id] },
      { title: 'ok', ownerIds: [{ $ne: null }] },
      { title: { $gt: '' } },
    ];
    for (const body of badCreates) {
      const response = await cast.member.client.post<ErrorBody>(base(), body);
      expect(response.status, JSON.stringify(body)).toBe(400);
      expect(response.body.error.code).toBe('validation_failed');
    }
    expect(await server.models.Milestone.countDocuments()).toBe(before);
    const badPatches = [{ title: 'no version' }, { version: 0 }, { version: 0, status: 'nope' }, { version: 0, position: 'a0 ' }, { version: '0', title: 'x' }];
    for (const body of badPatches) {
      expect((await cast.member.client.patch(`/api/milestones/${target.id}`, body)).status, JSON.stringify(body)).toBe(400);
    }
    // Another partnership's milestone is invisible from here, whatever the caller claims.
    expect((await cast.member.client.patch(`/api/milestones/${otherMilestone.id}`, { version: 0, title: 'Übernommen' })).status).toBe(404);
    expect((await cast.member.client.get(`/api/milestones/not-an-id`)).status).toBe(400);
    const unchanged = await cast.member.client.get<{ data: Milestone }>(`/api/milestones/${target.id}`);
    expect(unchanged.body.data).toMatchObject({ title: 'Unverändert', version: 0, dueOn: '2027-02-01' });
  });

  it('keeps a member who left as owner, and still lets the other owners change; a non-member is not made owner', async () => {
    const leaver = await createUser(server, { name: 'Amira Haddad' });
    await addMember(server, cast.partnership.id, leaver, 'member', 1);
    const milestone = await create({ title: 'Pflanzplan', ownerIds: [leaver.id] });
    expect((await cast.owner.client.delete(`/api/partnerships/${cast.partnership.id}/members/${leaver.id}`)).status).toBe(204);
    const patch = (body: Record<string, unknown>) => cast.member.client.patch<{ data: Milestone }>(`/api/milestones/${milestone.id}`, body);
    const kept = await patch({ version: 0, ownerIds: [leaver.id, cast.owner.id] });
    expect(kept.status).toBe(200);
    expect(kept.body.data.ownerIds).toEqual([leaver.id, cast.owner.id]);
    expect((await patch({ version: 1, ownerIds: [cast.owner.id, cast.outsider.id] })).status).toBe(400);
    expect((await patch({ version: 1, ownerIds: [cast.owner.id] })).body.data.ownerIds).toEqual([cast.owner.id]);
    // Once off the milestone, the former member cannot be put back.
    expect((await patch({ version: 2, ownerIds: [cast.owner.id, leaver.id] })).status).toBe(400);
  });

  it('filters by status, owner and overdue', async () => {
    const board = await createPartnership(cast.owner, { name: 'Filter test' });
    const url = `/api/partnerships/${board.id}/milestones`;
    await cast.owner.client.post(url, { title: 'Overdue', dueOn: '2020-01-01', ownerIds: [cast.owner.id] });
    await cast.owner.client.post(url, { title: 'Done long ago', dueOn: '2020-01-01', status: 'done' });
    await cast.owner.client.post(url, { title: 'Future', dueOn: '2099-01-01' });
    const titles = async (query: string) => (await cast.owner.client.get<{ data: Milestone[] }>(`${url}?${query}`)).body.data.map((m) => m.title).sort();
    expect(await titles('overdue=true')).toEqual(['Overdue']);
    expect(await titles('status=done')).toEqual(['Done long ago']);
    expect(await titles(`ownerId=${cast.owner.id}`)).toEqual(['Overdue']);
    expect((await cast.owner.client.get(`${url}?status=later`)).status).toBe(400);
  });
});

describe('milestones in real time', () => {
  it('shows each change to every member once, the sending tab included, and to other partnerships never', async () => {
    const sender = track(openSocket(cast.member.client));
    const colleague = track(openSocket(cast.observer.client));
    const outsider = track(openSocket(cast.outsider.client));
    await Promise.all([connected(sender), connected(colleague), connected(outsider)]);
    const senderEvents: string[] = [];
    const outsiderEvents: string[] = [];
    sender.onAny((event: string) => senderEvents.push(event));
    outsider.onAny((event: string) => outsiderEvents.push(event));

    const seen = new Promise<MilestoneChanged>((resolve) => colleague.once('milestone:created', resolve));
    const response = await cast.member.client.request<{ data: Milestone }>('POST', base(), { title: 'Live' }, { 'x-socket-id': sender.id ?? '' });
    const event = await seen;
    expect(event.milestone).toEqual(response.body.data);

    const moved = new Promise<MilestoneChanged>((resolve) => colleague.once('milestone:updated', resolve));
    await cast.member.client.request('PATCH', `/api/milestones/${event.milestone.id}`, { version: 0, status: 'in_progress' }, { 'x-socket-id': sender.id ?? '' });
    expect((await moved).milestone.status).toBe('in_progress');

    const deleted = new Promise((resolve) => colleague.once('milestone:deleted', resolve));
    await cast.owner.client.delete(`/api/milestones/${event.milestone.id}`);
    expect(await deleted).toEqual({ partnershipId: cast.partnership.id, milestoneId: event.milestone.id });
    // The sending tab hears of its own changes too: where its answer is lost, that is how its board
    // learns that the change was made.
    expect(senderEvents.filter((e) => e.startsWith('milestone:'))).toEqual(['milestone:created', 'milestone:updated', 'milestone:deleted']);
    expect(outsiderEvents).toEqual([]);
  });

  it('a coordinator demoted to user stops receiving every partnership\'s changes at once; a promoted user starts', async () => {
    const [former, future] = await Promise.all([
      createUser(server, { name: 'Former coordinator', globalRole: 'coordinator' }),
      createUser(server, { name: 'Future coordinator' }),
    ]);
    const [formerSocket, futureSocket] = [track(openSocket(former.client)), track(openSocket(future.client))];
    await Promise.all([connected(formerSocket), connected(futureSocket)]);
    const formerEvents: string[] = [];
    formerSocket.onAny((event: string) => formerEvents.push(event));
    // Each is told, so that an open tab reads the account again (menus, the overview page).
    const told = Promise.all([formerSocket, futureSocket].map((socket) => new Promise<void>((resolve) => socket.once('account:updated', () => resolve()))));

    const setRole = (userId: string, globalRole: string) => cast.admin.client.patch(`/api/users/${userId}`, { globalRole });
    expect((await setRole(former.id, 'user')).status).toBe(200);
    expect((await setRole(future.id, 'coordinator')).status).toBe(200);
    await told;
    const seen = new Promise<MilestoneChanged>((resolve) => futureSocket.once('milestone:created', resolve));
    await create({ title: 'Nach dem Rollenwechsel' });
    expect((await seen).milestone.title).toBe('Nach dem Rollenwechsel');
    expect(formerEvents.filter((event) => event.startsWith('milestone:'))).toEqual([]);
  });
});
