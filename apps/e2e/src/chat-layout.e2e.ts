import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { bubble, composer, openConsultations, send, unfoldConsultation } from './chat.ts';
import { newContext, screenshot, startForFile } from './harness.ts';
import { consultationTexts as c } from './locales.ts';
import { apiRequest, isoDaysFromNow } from './session.ts';

// A chat is read and written without hunting for the message box: the conversation fills the
// window under the partnership's header, its box in view with the newest messages above it, and a
// consultation's agenda, invitees and actions folded away where the window is low.

const started = startForFile();
const consultation = 'Bewässerung des Quartiersparks · Irrigation du parc';
const agenda = 'Wasserbedarf und Regenwassernutzung';

async function box(locator: Locator) {
  const found = await locator.boundingBox();
  if (!found) throw new Error(`not rendered: ${locator.toString()}`);
  return found;
}

/** Wholly inside the window, as it is scrolled now. */
async function isInWindow(page: Page, locator: Locator): Promise<boolean> {
  const { y, height } = await box(locator);
  const window = page.viewportSize();
  return y >= 0 && window !== null && y + height <= window.height;
}

/** Wholly inside the message list's visible part (not scrolled away in it). */
async function isInMessageList(page: Page, locator: Locator): Promise<boolean> {
  const list = await box(page.locator('.message-scroller'));
  const { y, height } = await box(locator);
  return y >= list.y - 1 && y + height <= list.y + list.height + 1;
}

type Size = { width: number; height: number };
const laptop: Size = { width: 1280, height: 800 };

/** A demo account in a browser of its own, window of this size, on the partnership's chat. */
async function inChat(locale: 'de' | 'fr', email: string, timezoneId: string, size: Size) {
  const browser = await newContext(started.browser, {
    locale: `${locale}-${locale.toUpperCase()}`,
    timezoneId,
  });
  const page = await browser.context.newPage();
  await page.setViewportSize(size);
  await openConsultations(page, started.app.url, locale, email);
  return { ...browser, page };
}

/** Anna (Wolfsburg, German). */
async function annaIn(size: Size) {
  const { page: anna, ...wolfsburg } = await inChat(
    'de',
    'anna.becker@wolfsburg.example',
    'Europe/Berlin',
    size,
  );
  return { wolfsburg, anna };
}

/** Karim (Jendouba, French, Tunis time). */
async function karimIn(size: Size) {
  const { page: karim, ...jendouba } = await inChat(
    'fr',
    'karim.bensalah@jendouba.example',
    'Africa/Tunis',
    size,
  );
  return { jendouba, karim };
}

describe('the chat in the window', () => {
  it('on a laptop the message box is in view on opening, the newest message above it, the details folded', async () => {
    const { wolfsburg, anna } = await annaIn(laptop);
    const send$ = anna.getByRole('button', { name: c.de.composer.send });
    expect(await isInWindow(anna, composer(anna, 'de'))).toBe(true);
    expect(await isInWindow(anna, send$)).toBe(true);

    await anna.getByRole('link', { name: new RegExp(consultation) }).click();
    const box$ = composer(anna, 'de', consultation);
    for (let point = 1; point <= 8; point += 1) {
      await send(anna, 'de', `Punkt ${point} der Vorbereitung`, consultation);
      await bubble(anna, `Punkt ${point} der Vorbereitung`).waitFor();
    }
    // Opened again from the start: when, the call and the box in view; the agenda folded away.
    await anna.reload();
    await box$.waitFor();
    const newest = bubble(anna, 'Punkt 8 der Vorbereitung');
    await newest.waitFor();
    expect(await isInWindow(anna, box$)).toBe(true);
    expect(await isInWindow(anna, send$)).toBe(true);
    expect(await isInWindow(anna, anna.locator('.conversation').getByText(c.de.times.yours))).toBe(
      true,
    );
    const join = anna.getByRole('link', { name: new RegExp(c.de.consultation.join) });
    expect(await isInWindow(anna, join)).toBe(true);
    expect(await anna.getByText(agenda).isVisible()).toBe(false);
    expect(await isInMessageList(anna, newest)).toBe(true);
    await screenshot(anna, 'chat-laptop-de');

    // Unfolded, the agenda shows and the messages make room without losing the newest one.
    await unfoldConsultation(anna);
    await anna.getByText(agenda).waitFor();
    await expect.poll(() => isInMessageList(anna, newest)).toBe(true);
    expect([...wolfsburg.problems]).toEqual([]);
    await wolfsburg.context.close();
  });

  it('on a phone the conversation comes first: channels and who is online fold into one line, the message box in view', async () => {
    const { jendouba, karim } = await karimIn({ width: 390, height: 844 });
    const fold = karim.locator('summary', { hasText: c.fr.channels.folded });
    expect(await isInWindow(karim, fold)).toBe(true);
    expect(await isInWindow(karim, composer(karim, 'fr'))).toBe(true);
    expect(await isInWindow(karim, karim.getByRole('button', { name: c.fr.composer.send }))).toBe(
      true,
    );
    const consultation = karim.getByRole('link', { name: /Abfalltrennung im Quartier/ });
    expect(await consultation.count()).toBe(0);
    // Each message's "⋯" stays on the line of its author's name (it wrapped onto a line of its own).
    const message = karim.locator('ol.messages > li.message').last();
    const author = await box(message.locator('.message__author'));
    const actions = await box(message.locator('.message-menu summary'));
    expect(actions.y).toBeLessThan(author.y + author.height);

    // Anna schedules a consultation and writes in it: the unread count on Karim's folded line grows.
    const unread = () => fold.locator('.unread-badge').allTextContents();
    const unreadBefore = await unread();
    const { wolfsburg, anna } = await annaIn(laptop);
    const partnershipId = new URL(anna.url()).pathname.split('/')[2] ?? '';
    const inTwoDays = isoDaysFromNow(2);
    await apiRequest(anna, 'POST', `/api/partnerships/${partnershipId}/channels`, {
      title: 'Abfalltrennung im Quartier',
      startsAt: `${inTwoDays}T08:30:00.000Z`,
      endsAt: `${inTwoDays}T09:30:00.000Z`,
    });
    await anna.getByRole('link', { name: /Abfalltrennung im Quartier/ }).click();
    await send(anna, 'de', 'Neue Termine für die Abfalltrennung', 'Abfalltrennung im Quartier');
    await expect.poll(unread, { timeout: 5000 }).not.toEqual(unreadBefore);
    expect(await consultation.isVisible()).toBe(false);

    // By keyboard: Enter unfolds it; picking a consultation opens it, folds the list again and
    // leaves focus on the line that unfolds it (not on the page, as the link folded away).
    await fold.focus();
    await karim.keyboard.press('Enter');
    await consultation.focus();
    await karim.keyboard.press('Enter');
    await bubble(karim, 'Neue Termine für die Abfalltrennung').waitFor();
    expect(await consultation.isVisible()).toBe(false);
    expect(await karim.evaluate(() => document.activeElement?.tagName)).toBe('SUMMARY');
    await screenshot(karim, 'consultations-phone-fr');
    expect([...wolfsburg.problems, ...jendouba.problems]).toEqual([]);
    await Promise.all([wolfsburg.context.close(), jendouba.context.close()]);
  });

  it('a returning reader opens at the first message they have not read, under a line, and has read it all once at the end', async () => {
    const { jendouba, karim } = await karimIn(laptop);
    const general = await karim.evaluate(async () => {
      const [partnership] = (await (await fetch('/api/partnerships')).json()).data;
      return partnership.id as string; // the General channel's id is the partnership's
    });
    // Anna has read General to its end before she leaves (else the line stands at the first
    // seeded message she never read: the test passed only after the others, and not always).
    const before = await annaIn(laptop);
    await expect
      .poll(async () => {
        const answer = await apiRequest<{ unreadCount: number }>(
          before.anna,
          'GET',
          `/api/channels/${general}`,
        );
        return answer.unreadCount;
      })
      .toBe(0);
    await before.wolfsburg.context.close();
    // Karim writes five long messages (the per-second limit) while Anna is away.
    const report = (n: number) =>
      `Rapport ${n} : ${'la pépinière de Jendouba prépare les plants. '.repeat(8)}`;
    for (let n = 1; n <= 5; n += 1) {
      await apiRequest(karim, 'POST', `/api/channels/${general}/messages`, {
        clientId: crypto.randomUUID(),
        body: report(n),
      });
    }

    const { wolfsburg, anna } = await annaIn(laptop);
    const line = anna.locator('.unread-divider', { hasText: c.de.messages.unreadSince });
    await line.waitFor();
    expect(await isInMessageList(anna, line)).toBe(true);
    // Screen readers count the messages only, and hear "new messages" with the first unread one.
    const items = anna.locator('ol.messages').getByRole('listitem');
    expect(await items.count()).toBe(await anna.locator('ol.messages > li.message').count());
    expect(await items.filter({ hasText: 'Rapport 1 :' }).textContent()).toMatch(
      new RegExp(`^${c.de.messages.unreadStart}`),
    );
    expect(await isInMessageList(anna, bubble(anna, 'Rapport 1 :'))).toBe(true);
    expect(await isInMessageList(anna, bubble(anna, 'Rapport 5 :'))).toBe(false);
    // Not read yet: the channel still counts five unread a moment later.
    const badge = anna
      .locator('.channel-link', { hasText: c.de.channels.general })
      .locator('.unread-badge');
    // Proving that nothing happens takes a moment: a marker would go 0.3 s after the end showed.
    await anna.waitForTimeout(1000);
    expect(await badge.textContent()).toContain(
      c.de.channels.unread_other.replace('{{count}}', '5'),
    );
    await screenshot(anna, 'chat-unread-line-de');

    // Scrolled to the end, all of it counts as read; the line stays until the channel is left.
    await anna.locator('.message-scroller').evaluate((list) => {
      list.scrollTop = list.scrollHeight;
    });
    await badge.waitFor({ state: 'detached' });
    expect(await line.isVisible()).toBe(true);
    expect([...wolfsburg.problems, ...jendouba.problems]).toEqual([]);
    await Promise.all([wolfsburg.context.close(), jendouba.context.close()]);
  });

  it('on a tall screen a consultation shows its agenda and actions at once', async () => {
    const { wolfsburg, anna } = await annaIn({ width: 1440, height: 1000 });
    await anna.getByRole('link', { name: new RegExp(consultation) }).click();
    await anna.getByText(agenda).waitFor();
    expect(await isInWindow(anna, anna.getByRole('button', { name: c.de.consultation.edit }))).toBe(
      true,
    );
    expect(await isInWindow(anna, composer(anna, 'de', consultation))).toBe(true);
    expect(wolfsburg.problems).toEqual([]);
    await wolfsburg.context.close();
  });
});
