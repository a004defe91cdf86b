import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import path from 'node:path';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { freePort } from '@jumelage/mongo-launcher';
import type { Milestone } from '@jumelage/contracts/milestones';
import type { OverviewRow } from '@jumelage/contracts/overview';
import type { PlanListResponse, PlanVersion } from '@jumelage/contracts/plans';
import { openCollab, synced, TestClient } from '@jumelage/test-utils';

const serverDir = path.resolve(import.meta.dirname, '..');
const children: ChildProcess[] = [];

function startMain(env: Record<string, string>) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: serverDir,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = once(child, 'exit').then(([code]) => code as number | null);
  return { child, exited, output: () => output };
}

async function waitForHealthy(url: string, exited: Promise<unknown>) {
  let hasExited = false;
  void exited.then(() => (hasExited = true));
  while (!hasExited) {
    try {
      if ((await fetch(`${url}/healthz`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('server exited before it was healthy');
}

/**
 * The demo shows all three parts filled in: the plan the chat points to (German with French and an
 * Arabic paragraph, open live to the partner), and a milestone board the coordinator's overview flags.
 */
async function expectDemoContent(url: string, anna: TestClient, partnershipId: string) {
  const plans = await anna.get<PlanListResponse>(`/api/partnerships/${partnershipId}/plans`);
  expect(plans.body.data).toEqual([expect.objectContaining({ title: 'Quartierspark', updatedBy: expect.objectContaining({ name: 'Karim Ben Salah' }) })]);
  const plan = plans.body.data[0];
  if (!plan) throw new Error('no demo plan');
  expect(plan.textPreview).toContain('Ausgangslage');
  const markdown = await anna.get<string>(`/api/plans/${plan.id}/export?format=markdown`);
  expect(markdown.body).toContain('يفتقر أحد الأحياء');
  expect(markdown.body).toContain('* [x] Standortanalyse und Bodenproben');
  // A named version from the kick-off, to view and restore: nothing done yet then.
  const versions = await anna.get<{ data: PlanVersion[] }>(`/api/plans/${plan.id}/versions`);
  expect(versions.body.data).toEqual([expect.objectContaining({ label: 'Stand beim Auftaktbesuch · Version de la visite de lancement' })]);

  const karim = new TestClient(url);
  await karim.post('/api/auth/login', { email: 'karim.bensalah@jendouba.example', password: 'jumelage-demo' });
  const collab = openCollab(karim, plan.id);
  try {
    await synced(collab);
    expect(collab.text()).toContain('Dans un quartier dense de Jendouba');
  } finally {
    collab.destroy();
  }

  const board = await anna.get<{ data: Milestone[] }>(`/api/partnerships/${partnershipId}/milestones`);
  const statuses = board.body.data.map((milestone) => milestone.status);
  expect(statuses.sort()).toEqual(['blocked', 'done', 'done', 'in_progress', 'planned', 'planned', 'planned']);
  expect(board.body.data.filter((milestone) => milestone.planId === plan.id)).toHaveLength(3);
  // Its history reads in order: set up with the plan, done later.
  const kickoff = board.body.data.find((milestone) => milestone.status === 'done');
  const history = await anna.get<{ data: Array<{ type: string; createdAt: string }> }>(`/api/milestones/${kickoff?.id}/activity`);
  expect(history.body.data.map((entry) => entry.type)).toEqual(['milestone.moved', 'milestone.created']);
  const [done, created] = history.body.data.map((entry) => Date.parse(entry.createdAt));
  expect(done).toBeGreaterThan(created ?? Infinity);
  // Everyone was there before that history began (they "joined" the day of the seed before).
  const members = await anna.get<{ data: Array<{ joinedAt: string }> }>(`/api/partnerships/${partnershipId}/members`);
  for (const member of members.body.data) expect(Date.parse(member.joinedAt)).toBeLessThan(created ?? -Infinity);

  const claire = new TestClient(url);
  await claire.post('/api/auth/login', { email: 'claire.martin@programme.example', password: 'jumelage-demo' });
  const overview = await claire.get<{ data: OverviewRow[] }>('/api/overview');
  expect(overview.body.data).toEqual([expect.objectContaining({ total: 7, overdue: 1, counts: { planned: 3, in_progress: 1, done: 2, blocked: 1 }, isQuiet: false })]);
}

afterEach(() => {
  for (const child of children.splice(0)) child.kill('SIGKILL');
});

describe('main', () => {
  it('exits 1 with a readable list of every configuration problem', async () => {
    const { exited, output } = startMain({ PORT: 'eighty', SESSION_TTL_DAYS: '0', ALLOWED_ORIGINS: 'not a url' });
    expect(await exited).toBe(1);
    expect(output()).toContain('Invalid configuration');
    for (const name of ['PORT', 'SESSION_TTL_DAYS', 'ALLOWED_ORIGINS']) expect(output()).toContain(name);
  });

  it('seeds the demo into an empty database, serves it, and shuts down gracefully on SIGTERM', { timeout: 60_000 }, async () => {
    const port = await freePort();
    const dbName = `main_${Date.now()}`;
    const env = { PORT: String(port), HOST: '127.0.0.1', MONGODB_URI: inject('mongoUri'), JUMELAGE_DB_NAME: dbName };
    const first = startMain(env);
    const url = `http://127.0.0.1:${port}`;
    await waitForHealthy(url, first.exited);
    expect(first.output()).toContain('anna.becker@wolfsburg.example');

    const anna = new TestClient(url);
    const login = await anna.post('/api/auth/login', { email: 'anna.becker@wolfsburg.example', password: 'jumelage-demo' });
    expect(login.status).toBe(200);
    const list = await anna.get<{ data: Array<{ id: string; name: string; myRole: string }> }>('/api/partnerships');
    expect(list.body.data).toEqual([expect.objectContaining({ name: 'Wolfsburg – Jendouba', myRole: 'owner' })]);
    await expectDemoContent(url, anna, list.body.data[0]?.id ?? '');

    const startedStopping = Date.now();
    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);
    expect(Date.now() - startedStopping).toBeLessThan(10_000);

    // The seed never runs against a database that has data: a second start finds the same single partnership.
    const second = startMain(env);
    await waitForHealthy(url, second.exited);
    expect(second.output()).not.toContain('Demo data created');
    const again = new TestClient(url);
    await again.post('/api/auth/login', { email: 'anna.becker@wolfsburg.example', password: 'jumelage-demo' });
    expect((await again.get<{ data: unknown[] }>('/api/partnerships')).body.data).toHaveLength(1);
    second.child.kill('SIGINT');
    expect(await second.exited).toBe(0);
  });
});
