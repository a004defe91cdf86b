import type { Browser, Page } from 'playwright-core';
import { planTexts } from './locales.ts';
import { newContext } from './harness.ts';
import {
  apiRequest,
  demoAccount,
  karimInJendouba,
  logIn,
  openDemoPartnership,
  type Locale,
} from './session.ts';

/** The collaborative editor, found by its translated label. */
export const planEditor = (page: Page, locale: Locale) =>
  page.getByRole('textbox', { name: planTexts[locale].editor.label });

/** The status line ("all changes saved", "offline: …") when it shows `text`. */
export const planStatus = (page: Page, text: string) =>
  page.locator('.plan-status', { hasText: text });

/** The document's text without the other people's caret labels (they sit inside the editor). */
export const documentText = (page: Page) =>
  page.locator('.ProseMirror[role=textbox]').evaluate((element) => {
    const copy = element.cloneNode(true);
    if (!(copy instanceof Element)) return '';
    copy.querySelectorAll('.collaboration-carets__caret').forEach((caret) => caret.remove());
    return copy.textContent ?? '';
  });

/** Waits until the document holds `text`; returns how long that took in milliseconds. */
export async function waitForText(page: Page, text: string, timeout: number): Promise<number> {
  const started = Date.now();
  while (!(await documentText(page)).includes(text)) {
    if (Date.now() - started > timeout) {
      throw new Error(`"${text}" did not arrive within ${timeout} ms`);
    }
    await page.waitForTimeout(25);
  }
  return Date.now() - started;
}

/** Puts the cursor at the end of the document's last paragraph and starts a new one. */
export async function newParagraphAtEnd(page: Page): Promise<void> {
  await page.locator('.ProseMirror[role=textbox] > p').last().click();
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
}

/** Creates a plan in a partnership through the API as the page's user (without opening it). */
export const createPlan = (
  page: Page,
  partnershipId: string,
  body: { title: string; templateKey: 'blank' | 'project_plan'; locale?: Locale },
) =>
  apiRequest<{ id: string; title: string }>(
    page,
    'POST',
    `/api/partnerships/${partnershipId}/plans`,
    body,
  );

/** Karim (Jendouba, French) opens the plan at `planUrl` in a browser of his own, synced. */
export async function karimOpensPlan(browser: Browser, baseUrl: string, planUrl: string) {
  const { jendouba, karim } = await karimInJendouba(browser, baseUrl);
  await karim.goto(planUrl);
  await planStatus(karim, planTexts.fr.status.saved).waitFor();
  return { jendouba, karim };
}

/** Anna (owner, German) on a new plan of the demo partnership, synced. */
export async function annaOnNewPlan(
  browser: Browser,
  baseUrl: string,
  title: string,
  templateKey: 'blank' | 'project_plan',
) {
  const wolfsburg = await newContext(browser, { locale: 'de-DE', timezoneId: 'Europe/Berlin' });
  const anna = await wolfsburg.context.newPage();
  await logIn(anna, baseUrl, 'de', demoAccount('anna.becker@wolfsburg.example'));
  const partnershipId = await openDemoPartnership(anna);
  const plan = await createPlan(anna, partnershipId, { title, templateKey, locale: 'de' });
  await anna.goto(`${baseUrl}/p/${partnershipId}/plans/${plan.id}`);
  await planStatus(anna, planTexts.de.status.saved).waitFor();
  return { wolfsburg, anna, plan };
}
