import type { Browser, Page } from 'playwright-core';
import { newContext } from './harness.ts';
import { consultationTexts as c, texts } from './locales.ts';
import { demoAccount, logIn, type Locale } from './session.ts';

/** The message box of a channel (General unless named). */
export const composer = (page: Page, locale: Locale, channel = c[locale].channels.general) =>
  page.getByRole('textbox', { name: c[locale].composer.label.replace('{{channel}}', channel) });

export async function send(page: Page, locale: Locale, text: string, channel?: string) {
  await composer(page, locale, channel).fill(text);
  await composer(page, locale, channel).press('Enter');
}

/** A stored (not pending) message with this text in the open channel. */
export const bubble = (page: Page, text: string) =>
  page.locator('.messages .message__body', { hasText: text });

/** How often the General channel's stored history holds `text` (all pages, via the REST API). */
export function storedCount(page: Page, text: string): Promise<number> {
  return page.evaluate(async (body) => {
    const [partnership] = (await (await fetch('/api/partnerships')).json()).data;
    const channels = (await (await fetch(`/api/partnerships/${partnership.id}/channels`)).json())
      .data;
    const general = channels.find((channel: { kind: string }) => channel.kind === 'general');
    let found = 0;
    let cursor = '';
    do {
      const url = `/api/channels/${general.id}/messages?limit=100${cursor ? `&before=${cursor}` : ''}`;
      const page = await (await fetch(url)).json();
      found += page.data.filter((message: { body: string }) => message.body === body).length;
      cursor = page.nextCursor ?? '';
    } while (cursor);
    return found;
  }, text);
}

/**
 * Unfolds the open consultation's agenda, invitees and actions: folded at first on a window as low
 * as the tests' (ChannelHeader.tsx).
 */
export async function unfoldConsultation(page: Page): Promise<void> {
  const fold = page.locator('.consultation-details');
  if ((await fold.getAttribute('open')) === null) await fold.locator('summary').click();
}

/** Signs a demo account in and opens the demo partnership's consultations (General first). */
export async function openConsultations(
  page: Page,
  baseUrl: string,
  locale: Locale,
  email: string,
): Promise<void> {
  await logIn(page, baseUrl, locale, demoAccount(email));
  await page
    .getByRole('link', { name: /Wolfsburg – Jendouba/ })
    .first()
    .click();
  await page.getByRole('link', { name: texts[locale].space.tabs.consultations }).click();
  await composer(page, locale).waitFor();
}

/**
 * Anna (Wolfsburg, German) and Karim (Jendouba, French, Tunis time), each in a browser of their
 * own, on the demo partnership's consultations.
 */
export async function openPartnersChat(browser: Browser, baseUrl: string) {
  const wolfsburg = await newContext(browser, { locale: 'de-DE' });
  const jendouba = await newContext(browser, { locale: 'fr-FR', timezoneId: 'Africa/Tunis' });
  const [anna, karim] = await Promise.all([
    wolfsburg.context.newPage(),
    jendouba.context.newPage(),
  ]);
  await openConsultations(anna, baseUrl, 'de', 'anna.becker@wolfsburg.example');
  await openConsultations(karim, baseUrl, 'fr', 'karim.bensalah@jendouba.example');
  return { wolfsburg, jendouba, anna, karim };
}
