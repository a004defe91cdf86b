import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, newContext, startApp, type RunningApp } from './harness.ts';
import { planTexts as p, texts } from './locales.ts';
import { planEditor, planStatus } from './planEditor.ts';
import { apiRequest, logIn, type Account } from './session.ts';

// About 1.6 Mbit/s both ways and 150 ms latency: a municipal office on a weak line.
const slowLink = {
  offline: false,
  latency: 150,
  downloadThroughput: 1.6e6 / 8,
  uploadThroughput: 1.6e6 / 8,
};
const resultFile = path.resolve(import.meta.dirname, '../output/slow-link.json');
const anna: Account = {
  name: 'Anna Becker',
  email: 'anna.becker@wolfsburg.example',
  password: 'jumelage-demo',
};

let app: RunningApp;
let browser: Browser;
let planPath = '';
let planTitle = '';
const measured: Record<string, number> = {};
const problems: string[][] = [];

/** A fresh context (empty cache) whose page runs on the slow link. */
async function slowPage(storageState?: Awaited<ReturnType<BrowserContext['storageState']>>) {
  const { context, problems: seen } = await newContext(browser);
  problems.push(seen);
  if (storageState) await context.addCookies(storageState.cookies);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', slowLink);
  return page;
}

/** Bytes the page has downloaded so far (compressed, as on the wire), JavaScript and in total. */
function transferred(page: Page) {
  return page.evaluate(() => {
    const entries = [
      ...performance.getEntriesByType('navigation'),
      ...performance.getEntriesByType('resource'),
    ].filter(
      (entry): entry is PerformanceResourceTiming => entry instanceof PerformanceResourceTiming,
    );
    const sum = (list: PerformanceResourceTiming[]) =>
      list.reduce((total, entry) => total + entry.transferSize, 0);
    return {
      javascript: sum(entries.filter((entry) => new URL(entry.name).pathname.endsWith('.js'))),
      total: sum(entries),
    };
  });
}

/** Waits until the plan can be typed into: editable, local copy loaded and synced with the server. */
async function waitUntilEditable(page: Page) {
  await planStatus(page, p.de.status.saved).waitFor({ timeout: 60_000 });
  expect(await planEditor(page, 'de').getAttribute('contenteditable')).toBe('true');
}

beforeAll(async () => {
  [app, browser] = await Promise.all([startApp({ seedDemo: true }), launchBrowser()]);
  const { context, problems: seen } = await newContext(browser);
  problems.push(seen);
  const page = await context.newPage();
  await logIn(page, app.url, 'de', anna);
  const [partnership] = await apiRequest<Array<{ id: string }>>(page, 'GET', '/api/partnerships');
  planTitle = 'Projektplan Quartierspark';
  const plan = await apiRequest<{ id: string }>(
    page,
    'POST',
    `/api/partnerships/${partnership?.id}/plans`,
    { title: planTitle, templateKey: 'project_plan', locale: 'de' },
  );
  planPath = `/p/${partnership?.id}/plans/${plan.id}`;
  await context.close();
});
afterAll(async () => {
  await mkdir(path.dirname(resultFile), { recursive: true });
  await writeFile(
    resultFile,
    `${JSON.stringify({ profile: slowLink, measuredAt: new Date().toISOString(), ...measured }, null, 2)}\n`,
  );
  console.log('slow link (1.6 Mbit/s, 150 ms):', measured);
  await browser?.close();
  await app?.stop();
});

describe('on a slow link (1.6 Mbit/s, 150 ms latency)', () => {
  it('loads the login page, then opens the plan from the list until it is editable', async () => {
    const page = await slowPage();
    let started = Date.now();
    await page.goto(`${app.url}/login`, { waitUntil: 'commit' });
    await page.getByLabel(texts.de.auth.fields.email).waitFor({ timeout: 60_000 });
    measured.loginFormUsableMs = Date.now() - started;
    const login = await transferred(page);
    measured.loginJavaScriptBytes = login.javascript;
    measured.loginTotalBytes = login.total;

    await page.getByLabel(texts.de.auth.fields.email).fill(anna.email);
    await page.getByLabel(texts.de.auth.fields.password).fill(anna.password);
    started = Date.now();
    await page.getByRole('button', { name: texts.de.auth.login.submit }).click();
    await page
      .getByRole('link', { name: /Wolfsburg – Jendouba/ })
      .first()
      .waitFor({ timeout: 60_000 });
    measured.partnershipListAfterLoginMs = Date.now() - started;

    await page
      .getByRole('link', { name: /Wolfsburg – Jendouba/ })
      .first()
      .click();
    await page.getByRole('link', { name: planTitle }).waitFor({ timeout: 60_000 });
    started = Date.now();
    await page.getByRole('link', { name: planTitle }).click();
    await waitUntilEditable(page);
    measured.planEditableFromListMs = Date.now() - started;
    measured.sessionTotalBytes = (await transferred(page)).total;

    // Sanity bounds only: the numbers themselves are the result.
    expect(measured.loginFormUsableMs).toBeLessThan(20_000);
    expect(measured.planEditableFromListMs).toBeLessThan(30_000);
  });

  it('opens a shared plan link cold (empty cache, signed in) until the plan is editable', async () => {
    const { context } = await newContext(browser);
    await logIn(await context.newPage(), app.url, 'de', anna);
    const page = await slowPage(await context.storageState());
    await context.close();
    const started = Date.now();
    await page.goto(`${app.url}${planPath}`, { waitUntil: 'commit' });
    // The plan can be read before the editor's code has arrived (server-rendered reading copy).
    await page
      .locator('.plan-reading__document, .plan-document')
      .first()
      .waitFor({ timeout: 60_000 });
    measured.planReadableColdLinkMs = Date.now() - started;
    await waitUntilEditable(page);
    measured.planEditableColdLinkMs = Date.now() - started;
    const cold = await transferred(page);
    measured.planColdJavaScriptBytes = cold.javascript;
    measured.planColdTotalBytes = cold.total;
    expect(measured.planEditableColdLinkMs).toBeLessThan(30_000);
  });

  it('logs no console errors', () => {
    expect(problems.flat()).toEqual([]);
  });
});
