import { expect } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { newContext } from './harness.ts';
import { texts } from './locales.ts';

export type Locale = keyof typeof texts;

export interface Account {
  name: string;
  email: string;
  password: string;
}

/** A demo account seeded by `npm start` (all share one password). */
export const demoAccount = (email: string): Account => ({
  name: email,
  email,
  password: 'jumelage-demo',
});

/** A milestone `npm start` seeds on the demo board (apps/server/src/features/milestones/milestones.seed.ts). */
export const demoMilestone = 'Bewässerungskonzept · Concept d’irrigation';

/** Signs in through the login form and waits until the app has left it. */
export async function logIn(page: Page, baseUrl: string, locale: Locale, account: Account) {
  await page.goto(`${baseUrl}/login`);
  await page.getByLabel(texts[locale].auth.fields.email).fill(account.email);
  await page.getByLabel(texts[locale].auth.fields.password).fill(account.password);
  await page.getByRole('button', { name: texts[locale].auth.login.submit }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
}

const autonyms: Record<Locale, string> = {
  ar: 'العربية',
  de: 'Deutsch',
  en: 'English',
  fr: 'Français',
};

/** The header's language button, its name in the interface language `shown`. */
export const languageButton = (page: Page, shown: Locale) =>
  page
    .locator('header')
    // Any space matches: the French "Langue :" has a no-break space, named as a plain one.
    .getByRole('button', {
      name: new RegExp(`^${texts[shown].language.label.replace(/\s/g, '\\s')}`),
    });

/**
 * Switches the interface of a signed-in person from the language `shown` to `to` in the header,
 * and waits until the account has it: a page loaded before that takes the account's old language
 * (a CI run reloaded the overview in French and found no Arabic language button).
 */
export async function chooseLanguage(page: Page, shown: Locale, to: Locale): Promise<void> {
  const saved = page.waitForResponse(
    (response) =>
      response.request().method() === 'PATCH' &&
      new URL(response.url()).pathname === '/api/users/me',
  );
  await languageButton(page, shown).click();
  await page.locator('header').getByRole('button', { name: autonyms[to], exact: true }).click();
  expect((await saved).ok()).toBe(true);
  await page.waitForFunction((locale) => document.documentElement.lang === locale, to);
}

/** Karim (Jendouba, French interface, Tunis time) signed in, in a browser context of his own. */
export async function karimInJendouba(browser: Browser, baseUrl: string) {
  const jendouba = await newContext(browser, { locale: 'fr-FR', timezoneId: 'Africa/Tunis' });
  const karim = await jendouba.context.newPage();
  await logIn(karim, baseUrl, 'fr', demoAccount('karim.bensalah@jendouba.example'));
  return { jendouba, karim };
}

/** Opens the demo partnership (Wolfsburg – Jendouba) from the home page; returns its id. */
export async function openDemoPartnership(page: Page): Promise<string> {
  await page
    .getByRole('link', { name: /Wolfsburg – Jendouba/ })
    .first()
    .click();
  await page.waitForURL(/\/p\/[a-f0-9]{24}\/plans$/);
  return new URL(page.url()).pathname.split('/')[2] ?? '';
}

/** Fills the registration form the page shows and submits it (the language is left as offered). */
export async function fillRegistration(page: Page, locale: Locale, account: Account) {
  await page.getByLabel(texts[locale].auth.fields.name).fill(account.name);
  await page.getByLabel(texts[locale].auth.fields.email).fill(account.email);
  await page.getByLabel(texts[locale].auth.fields.password).fill(account.password);
  await page.getByRole('button', { name: texts[locale].auth.register.submit }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/register'));
}

/** A JSON request from inside the page, with its session cookie and origin; returns `data`. */
export async function apiRequest<T>(
  page: Page,
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
  url: string,
  body?: unknown,
): Promise<T> {
  const result = await page.evaluate(
    async ({ method, url, body }) => {
      const response = await fetch(url, {
        method,
        headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      return {
        status: response.status,
        json: response.status === 204 ? {} : await response.json(),
      };
    },
    { method, url, body },
  );
  if (result.status >= 400) throw new Error(`${method} ${url}: ${JSON.stringify(result.json)}`);
  return result.json.data;
}

/** The id of the demo partnership, the only one the demo accounts belong to. */
export async function demoPartnershipId(page: Page): Promise<string> {
  const [partnership] = await apiRequest<Array<{ id: string }>>(page, 'GET', '/api/partnerships');
  if (!partnership) throw new Error('not a member of the demo partnership');
  return partnership.id;
}

/**
 * Deletes the demo partnership's plans or milestones (those the seed made and any a test added),
 * for a test that starts from an empty list: its empty state, first positions and counts.
 */
export async function removeDemoContent(page: Page, what: 'plans' | 'milestones'): Promise<void> {
  const list = `/api/partnerships/${await demoPartnershipId(page)}/${what}`;
  const items = await apiRequest<Array<{ id: string; version?: number }>>(page, 'GET', list);
  for (const { id, version } of items) {
    const query = version === undefined ? '' : `?version=${version}`;
    await apiRequest(page, 'DELETE', `/api/${what}/${id}${query}`);
  }
}

/** The ISO date `days` from today (negative: in the past). */
export function isoDaysFromNow(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}
