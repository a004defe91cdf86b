import { readFile } from 'node:fs/promises';
import { parse as parseCsv } from 'csv-parse/sync';
import { addDays, todayIn } from '@jumelage/contracts/calendarDays';
import { locales } from '@jumelage/contracts/constants';
import { beforeAll, describe, expect, it } from 'vitest';
import type { OverviewMilestone, OverviewRow } from '@jumelage/contracts/overview';
import { randomUUID } from 'node:crypto';
import * as Y from 'yjs';
import {
  addParagraph,
  createConsultation,
  createPartnership,
  createUser,
  eventually,
  generalChannel,
  openCollab,
  serverForFile,
  synced,
  type TestUser,
} from '@jumelage/test-utils';
import { statusLabels, themeLabels } from './export-labels.ts';

const server = serverForFile();
let coordinator: TestUser;
let owner: TestUser;
const today = todayIn('Europe/Berlin');
const ids: Record<string, string> = {};

beforeAll(async () => {
  [coordinator, owner] = await Promise.all([
    createUser(server, { name: 'Claire', globalRole: 'coordinator' }),
    createUser(server, { name: 'Anna' }),
  ]);
  const tunisia = await createPartnership(owner, { name: 'Wolfsburg – Jendouba', themes: ['green_spaces'] });
  const morocco = await createPartnership(owner, {
    name: 'Bonn – Chefchaouen',
    themes: ['waste_management'],
    municipalities: [
      { name: 'Bonn', country: 'DE', language: 'de', timeZone: 'Europe/Berlin' },
      { name: 'Chefchaouen', country: 'MA', language: 'fr', timeZone: 'Africa/Casablanca' },
    ],
  });
  const quiet = await createPartnership(owner, { name: 'Aachen – Algier', themes: ['energy_efficiency'] });
  Object.assign(ids, { tunisia: tunisia.id, morocco: morocco.id, quiet: quiet.id });
  const add = (partnershipId: string, body: Record<string, unknown>) => owner.client.post(`/api/partnerships/${partnershipId}/milestones`, body);
  await add(tunisia.id, { title: 'Overdue survey', dueOn: addDays(today, -3) });
  await add(tunisia.id, { title: 'Soon: design', dueOn: addDays(today, 5), status: 'in_progress' });
  await add(tunisia.id, { title: 'Later: build', dueOn: addDays(today, 40) });
  await add(tunisia.id, { title: 'Done kickoff', dueOn: addDays(today, -30), status: 'done' });
  await add(morocco.id, { title: 'Blocked tender', status: 'blocked', dueOn: addDays(today, 10) });
  await server.models.Partnership.updateOne({ _id: quiet.id }, { $set: { 'stats.lastActivityAt': new Date(Date.now() - 31 * 86_400_000) } });
});

const overview = async (query = '') => (await coordinator.client.get<{ data: OverviewRow[]; nextCursor: string | null }>(`/api/overview${query}`)).body;

describe("coordinators' overview", () => {
  it('shows every partnership with counts, percent done, overdue, next due, last activity and the quiet flag', async () => {
    const rows = (await overview()).data;
    expect(rows.map((row) => row.partnership.name)).toEqual(['Aachen – Algier', 'Bonn – Chefchaouen', 'Wolfsburg – Jendouba']);
    const tunisia = rows.find((row) => row.partnership.id === ids.tunisia);
    expect(tunisia).toMatchObject({
      counts: { planned: 2, in_progress: 1, done: 1, blocked: 0 },
      total: 4,
      percentDone: 25,
      overdue: 1,
      nextDue: { title: 'Soon: design', dueOn: addDays(today, 5) },
      isQuiet: false,
    });
    expect(rows.find((row) => row.partnership.id === ids.quiet)).toMatchObject({ total: 0, isQuiet: true, nextDue: null });
  });

  it('follows milestone changes at once', async () => {
    const milestones = (await owner.client.get<{ data: Array<{ id: string; title: string; version: number }> }>(`/api/partnerships/${ids.morocco}/milestones`)).body.data;
    const blocked = milestones.find((m) => m.title === 'Blocked tender');
    await owner.client.patch(`/api/milestones/${blocked?.id}`, { version: blocked?.version, status: 'done' });
    const morocco = (await overview()).data.find((row) => row.partnership.id === ids.morocco);
    expect(morocco).toMatchObject({ counts: { blocked: 0, done: 1 }, percentDone: 100, nextDue: null });
  });

  it('filters by country and theme, sorts, and pages with a cursor', async () => {
    expect((await overview('?country=MA')).data.map((r) => r.partnership.id)).toEqual([ids.morocco]);
    expect((await overview('?theme=green_spaces')).data.map((r) => r.partnership.id)).toEqual([ids.tunisia]);
    expect((await overview('?sort=progress')).data[0]?.partnership.id).toBe(ids.morocco);
    expect((await overview('?sort=next_due')).data[0]?.partnership.id).toBe(ids.tunisia);
    const first = await overview('?limit=2');
    expect(first.data).toHaveLength(2);
    const second = await overview(`?limit=2&after=${first.nextCursor}`);
    expect(second.data.map((r) => r.partnership.name)).toEqual(['Wolfsburg – Jendouba']);
    expect(second.nextCursor).toBeNull();
    expect((await coordinator.client.get('/api/overview?after=garbage')).status).toBe(400);
    expect((await coordinator.client.get('/api/overview?sort=chaos')).status).toBe(400);
  });

  it('sorts the other way round on request, and pages through that order too', async () => {
    const names = async (query: string) => (await overview(query)).data.map((r) => r.partnership.name);
    expect(await names('?sort=name&order=desc')).toEqual(['Wolfsburg – Jendouba', 'Bonn – Chefchaouen', 'Aachen – Algier']);
    // Least done first: the partnerships that need a coordinator's look.
    const leastDone = await names('?sort=progress&order=asc');
    expect(leastDone).toEqual([...(await names('?sort=progress'))].reverse());
    const paged: string[] = [];
    let after: string | null = null;
    do {
      const page = await overview(`?sort=progress&order=asc&limit=1${after ? `&after=${after}` : ''}`);
      paged.push(...page.data.map((r) => r.partnership.name));
      after = page.nextCursor;
    } while (after);
    expect(paged).toEqual(leastDone);
    expect((await coordinator.client.get('/api/overview?order=sideways')).status).toBe(400);
  });

  it("filters by the partnership's status; a paused partnership is not flagged as quiet", async () => {
    await owner.client.patch(`/api/partnerships/${ids.quiet}`, { status: 'paused' });
    const paused = (await overview('?status=paused')).data;
    expect(paused.map((r) => [r.partnership.id, r.partnership.status, r.isQuiet])).toEqual([[ids.quiet, 'paused', false]]);
    expect((await overview('?status=active')).data.map((r) => r.partnership.id)).not.toContain(ids.quiet);
    expect((await overview('?status=completed')).data).toEqual([]);
    expect((await coordinator.client.get('/api/overview?status=closed')).status).toBe(400);
    const csv = await coordinator.client.get<string>('/api/overview.csv?status=paused');
    const rows: string[][] = parseCsv(csv.body.replace(/^\uFEFF/, ''), { delimiter: ',' });
    expect(rows.slice(1).map((row) => [row[0], row[4]])).toEqual([['Aachen – Algier', 'Paused']]);
    await owner.client.patch(`/api/partnerships/${ids.quiet}`, { status: 'active' });
    expect((await overview('?status=active')).data.find((r) => r.partnership.id === ids.quiet)?.isQuiet).toBe(true);
  });

  it('lists overdue milestones and those due within 14 days across partnerships', async () => {
    const overdue = await coordinator.client.get<{ data: OverviewMilestone[] }>('/api/overview/milestones?overdue=true');
    expect(overdue.body.data.map((m) => [m.title, m.partnership.name, m.isOverdue])).toEqual([['Overdue survey', 'Wolfsburg – Jendouba', true]]);
    const soon = await coordinator.client.get<{ data: OverviewMilestone[] }>(`/api/overview/milestones?dueBefore=${addDays(today, 15)}`);
    expect(soon.body.data.map((m) => m.title)).toEqual(['Overdue survey', 'Soon: design']);
  });

  it("lists only the due milestones of the partnerships the overview's filters leave", async () => {
    const titles = async (filters: string) =>
      (await coordinator.client.get<{ data: OverviewMilestone[] }>(`/api/overview/milestones?overdue=true&${filters}`)).body.data.map((m) => m.title);
    expect(await titles('country=TN')).toEqual(['Overdue survey']);
    expect(await titles('country=MA')).toEqual([]);
    expect(await titles('theme=waste_management')).toEqual([]);
    expect(await titles('theme=green_spaces&partnershipStatus=active')).toEqual(['Overdue survey']);
    expect(await titles('partnershipStatus=paused')).toEqual([]);
    expect((await coordinator.client.get(`/api/overview/milestones?country=tunisia`)).status).toBe(400);
  });

  it('exports the overview as CSV', async () => {
    const csv = await coordinator.client.get<string>('/api/overview.csv');
    const rows: string[][] = parseCsv(csv.body.replace(/^\uFEFF/, ''), { delimiter: ',' });
    expect(rows[0]?.[0]).toBe('Partnership');
    expect(rows.slice(1).map((row) => row[0])).toEqual(['Aachen – Algier', 'Bonn – Chefchaouen', 'Wolfsburg – Jendouba']);
    // Countries and themes by name, in the coordinator's language, not as codes.
    const bonn = rows.find((row) => row[0] === 'Bonn – Chefchaouen');
    expect([bonn?.[2], bonn?.[3], bonn?.[4]]).toEqual(['Germany – Morocco', 'Waste management', 'Active']);
  });

  it.each(locales)("names the themes and statuses in the CSV as the web does (%s)", async (locale) => {
    const bundle = JSON.parse(await readFile(new URL(`../../../../web/src/locales/${locale}/common.json`, import.meta.url), 'utf8'));
    expect(themeLabels[locale]).toEqual(bundle.themes);
    expect(statusLabels[locale]).toEqual(bundle.statuses);
  });

  it('sorts by the next due date still to come, the one it shows, also once a stored one has passed', async () => {
    const gotha = await createPartnership(owner, { name: 'Gotha – Jendouba' });
    await owner.client.post(`/api/partnerships/${gotha.id}/milestones`, { title: 'Long overdue', dueOn: addDays(today, -400) });
    await owner.client.post(`/api/partnerships/${gotha.id}/milestones`, { title: 'Next summer', dueOn: addDays(today, 60) });
    const byNextDue = async () => (await overview('?sort=next_due')).data.map((row) => [row.partnership.name, row.nextDue?.dueOn ?? null]);
    const expected = [
      ['Wolfsburg – Jendouba', addDays(today, 5)],
      ['Gotha – Jendouba', addDays(today, 60)],
    ];
    expect((await byNextDue()).slice(0, 2)).toEqual(expected);
    // Days later the date it was sorted by has passed (here: set back by hand); it is recounted.
    // Two days back: the server counts days in UTC and `today` is Berlin's, a day ahead before 1 am.
    await server.models.Partnership.updateOne({ _id: gotha.id }, { $set: { 'stats.nextDueOn': addDays(today, -2) } });
    expect((await byNextDue()).slice(0, 2)).toEqual(expected);
  });

  it('counts chat messages, consultations and plan edits as activity, not only milestones', async () => {
    const monthAgo = new Date(Date.now() - 31 * 86_400_000);
    const chat = await createPartnership(owner, { name: 'Kassel – Mahdia' });
    const consultation = await createPartnership(owner, { name: 'Jena – Sfax' });
    const plan = await createPartnership(owner, { name: 'Ulm – Tétouan' });
    // Made without the API, so that only the edit below is noted.
    const planDoc = await server.models.Plan.create({ partnershipId: plan.id, title: 'Radwege', templateKey: 'blank', locale: 'de', createdBy: owner.id, createdAt: new Date(), updatedAt: new Date() });
    for (const { id } of [chat, consultation, plan]) await server.models.Partnership.updateOne({ _id: id }, { $set: { 'stats.lastActivityAt': monthAgo } });
    const isQuiet = async (id: string) => (await overview()).data.find((row) => row.partnership.id === id)?.isQuiet;
    for (const { id } of [chat, consultation, plan]) expect(await isQuiet(id)).toBe(true);

    const general = await generalChannel(owner, chat.id);
    expect((await owner.client.post(`/api/channels/${general.id}/messages`, { clientId: randomUUID(), body: 'Hallo Mahdia' })).status).toBe(201);
    await createConsultation(owner, consultation.id);
    const editor = openCollab(owner.client, String(planDoc._id), { doc: new Y.Doc() });
    await synced(editor);
    addParagraph(editor.doc, 'Ein Radweg entlang des Flusses.');

    await eventually(async () => expect(await isQuiet(plan.id)).toBe(false));
    editor.destroy();
    const rows = (await overview()).data;
    for (const { id } of [chat, consultation, plan]) {
      const row = rows.find((candidate) => candidate.partnership.id === id);
      expect(row?.isQuiet).toBe(false);
      expect(Date.now() - Date.parse(row?.lastActivityAt ?? '')).toBeLessThan(60_000);
    }
  });
});
