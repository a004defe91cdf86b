import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import {
  bubble,
  composer,
  openConsultations as openChat,
  send,
  storedCount,
  unfoldConsultation,
} from './chat.ts';
import { launchBrowser, newContext, screenshot, startApp, type RunningApp } from './harness.ts';
import { card } from './board.ts';
import { focusedText } from './keyboard.ts';
import { consultationTexts as c, texts } from './locales.ts';
import { apiRequest, demoMilestone, isoDaysFromNow } from './session.ts';

let app: RunningApp;
let browser: Browser;
let wolfsburg: Awaited<ReturnType<typeof newContext>>;
let jendouba: Awaited<ReturnType<typeof newContext>>;
let anna: Page;
let karim: Page;

const openConsultations = (page: Page, locale: 'de' | 'fr', email: string) =>
  openChat(page, app.url, locale, email);

beforeAll(async () => {
  [app, browser] = await Promise.all([startApp({ seedDemo: true }), launchBrowser()]);
  wolfsburg = await newContext(browser, { locale: 'de-DE', timezoneId: 'Europe/Berlin' });
  jendouba = await newContext(browser, { locale: 'fr-FR', timezoneId: 'Africa/Tunis' });
  [anna, karim] = await Promise.all([wolfsburg.context.newPage(), jendouba.context.newPage()]);
  await openConsultations(anna, 'de', 'anna.becker@wolfsburg.example');
  await openConsultations(karim, 'fr', 'karim.bensalah@jendouba.example');
});
afterEach(({ task }) => {
  // The server's log explains failures such as a database that stopped answering.
  if (task.result?.state === 'fail') console.log(app.output().slice(-4000));
});
afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

describe('consultations in the browser', () => {
  it('the owner schedules a consultation; the partner sees it live, in both time zones', async () => {
    const create = anna.getByRole('button', { name: c.de.channels.create });
    // The form's × closes it as its cancel button does, at the top of a long form.
    await create.click();
    const dialog = anna.getByRole('dialog');
    await dialog.getByRole('button', { name: texts.de.common.close }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(await create.evaluate((button) => button === document.activeElement)).toBe(true);
    // Opened again, it starts at its first field, not at the × above it.
    await create.click();
    const title = dialog.getByLabel(c.de.form.title);
    await expect.poll(() => title.evaluate((field) => field === document.activeElement)).toBe(true);
    await title.fill('Abfalltrennung im Quartier');
    // 14 May 2030, 09:30 in Berlin (UTC+2) is 08:30 in Jendouba (UTC+1).
    await dialog.getByLabel(c.de.form.startsAt).fill('2030-05-14T09:30');
    await dialog.getByLabel(c.de.form.endsAt).fill('2030-05-14T11:00');
    await dialog.getByLabel(c.de.form.agenda).fill('1. Stand in Jendouba\n2. Nächste Schritte');
    await dialog.getByLabel('Dr. Sofia Richter').check();
    await dialog.getByRole('button', { name: c.de.form.create }).click();
    await anna.getByRole('heading', { name: 'Abfalltrennung im Quartier' }).waitFor();
    await expect.poll(() => anna.url()).toMatch(/consultations\?channel=[a-f0-9]{24}$/);
    // The focus goes to the new consultation, not back to the top of the page.
    await expect
      .poll(() => anna.evaluate(() => document.activeElement?.textContent))
      .toBe('Abfalltrennung im Quartier');

    const listed = karim.getByRole('link', { name: /Abfalltrennung im Quartier/ });
    await listed.waitFor();
    const summary = await listed.innerText();
    expect(summary).toContain(c.fr.phases.upcoming);
    expect(summary).toMatch(/08:30/); // Karim's own time (Tunis)
    expect(summary).toMatch(/09:30/); // Wolfsburg's time
    await listed.click();
    await unfoldConsultation(karim);
    await karim.getByText('Dr. Sofia Richter').waitFor();
    await screenshot(karim, 'consultation-fr');

    // Sofia (a member expert) declines while Anna has the consultation's form open: the form shows
    // her unticked at once, so saving it does not invite her again.
    const channelId = new URL(anna.url()).searchParams.get('channel');
    await unfoldConsultation(anna);
    await anna.getByRole('button', { name: c.de.consultation.edit }).click();
    const editing = anna.getByRole('dialog');
    expect(await editing.getByLabel('Dr. Sofia Richter').isChecked()).toBe(true);
    const sofiasBrowser = await newContext(browser, {
      locale: 'de-DE',
      timezoneId: 'Europe/Berlin',
    });
    const sofia = await sofiasBrowser.context.newPage();
    await openConsultations(sofia, 'de', 'sofia.richter@experts.example');
    const declined = await sofia.evaluate(
      async (url) => (await fetch(url, { method: 'DELETE' })).status,
      `/api/channels/${channelId}/invitation`,
    );
    expect(declined).toBe(204);
    await sofiasBrowser.context.close();
    await expect.poll(() => editing.getByLabel('Dr. Sofia Richter').isChecked()).toBe(false);
    await editing.getByRole('button', { name: c.de.form.save }).click();
    await editing.waitFor({ state: 'hidden' });
    // What was saved, asked from the server: the header had dropped her before the save already.
    const saved = await apiRequest<{ consultation: { invitees: Array<{ name: string }> } }>(
      anna,
      'GET',
      `/api/channels/${channelId}`,
    );
    expect(saved.consultation.invitees.map((invitee) => invitee.name)).not.toContain(
      'Dr. Sofia Richter',
    );

    await karim.getByRole('link', { name: new RegExp(`^${c.fr.channels.general}`) }).click();
    await anna.getByRole('link', { name: new RegExp(`^${c.de.channels.general}`) }).click();
    await composer(anna, 'de').waitFor();
    await composer(karim, 'fr').waitFor();
  });

  it('the minutes are one plan for both municipalities: Anna starts them, Karim opens the same plan', async () => {
    const pages = [
      [anna, 'de'],
      [karim, 'fr'],
    ] as const;
    for (const [page] of pages) {
      await page.getByRole('link', { name: /Abfalltrennung im Quartier/ }).click();
      await unfoldConsultation(page);
    }
    await karim.getByRole('button', { name: c.fr.consultation.minutes }).waitFor();
    await anna.getByRole('button', { name: c.de.consultation.minutes }).click();
    await anna.waitForURL(/\/plans\/[a-f0-9]{24}$/);
    const title = c.de.consultation.minutesTitle.replace('{{title}}', 'Abfalltrennung im Quartier');
    await anna.getByRole('heading', { name: title }).first().waitFor();
    // Karim's open consultation now opens the minutes Anna started, not a French second one.
    await karim.getByRole('button', { name: c.fr.consultation.minutesOpen }).click();
    await karim.waitForURL(anna.url());
    await karim.getByRole('heading', { name: title }).first().waitFor();
    for (const [page, locale] of pages) {
      await page.goBack();
      await page.getByRole('link', { name: new RegExp(`^${c[locale].channels.general}`) }).click();
      await composer(page, locale).waitFor();
    }
  });

  it('a change saved offline shows its error beside the buttons, and closing the form asks before dropping it', async () => {
    // Karim has the consultation open: he is told when Anna moves it.
    await karim.getByRole('link', { name: /Abfalltrennung im Quartier/ }).click();
    await anna.getByRole('link', { name: /Abfalltrennung im Quartier/ }).click();
    await unfoldConsultation(anna);
    await anna.getByRole('button', { name: c.de.consultation.edit }).click();
    const form = anna.getByRole('dialog', { name: c.de.form.editTitle });
    const agenda = form.getByLabel(c.de.form.agenda);
    await agenda.press('Control+End');
    await agenda.pressSequentially('\n3. Kostenrahmen');
    await form.getByLabel(c.de.form.endsAt).fill('2030-05-14T11:30');
    await wolfsburg.context.setOffline(true);
    await form.getByRole('button', { name: c.de.form.save }).click();
    // The form is scrolled to its buttons: the error is there, in view, not above at its top.
    const failed = form.getByRole('alert');
    await failed.waitFor();
    const save = form.getByRole('button', { name: c.de.form.save });
    const isInView = (element: typeof failed) =>
      element.evaluate((shown) => {
        const box = shown.getBoundingClientRect();
        const dialog = shown.closest('dialog')?.getBoundingClientRect();
        return dialog !== undefined && box.top >= dialog.top && box.bottom <= dialog.bottom;
      });
    await expect.poll(() => isInView(failed)).toBe(true);
    expect(await isInView(save)).toBe(true);
    expect(await focusedText(anna)).toBe(c.de.form.save);
    // Escape asks first; keeping the changes returns to the form with the line still there.
    await anna.keyboard.press('Escape');
    const asked = anna.getByRole('dialog', { name: texts.de.discardChanges.title });
    await asked.getByRole('button', { name: texts.de.common.cancel }).click();
    await asked.waitFor({ state: 'hidden' });
    expect(await agenda.inputValue()).toContain('3. Kostenrahmen');
    await wolfsburg.context.setOffline(false);
    await form.getByRole('button', { name: c.de.form.save }).click();
    await form.waitFor({ state: 'hidden' });
    await anna.getByText('3. Kostenrahmen').first().waitFor();
    const moved = c.fr.consultation.changed.moved.replace('{{name}}', 'Anna Becker').split(' (')[0];
    const notice = karim.getByRole('status').filter({ hasText: moved });
    await notice.waitFor();
    // Before, in Karim's own time (Tunis): 08:30 to 10:00.
    expect(await notice.innerText()).toMatch(/08:30.+10:00/);
    await screenshot(karim, 'consultation-moved-fr');
    await karim.getByRole('link', { name: new RegExp(`^${c.fr.channels.general}`) }).click();
    // Opened and closed without a change, the form does not ask.
    await anna.getByRole('button', { name: c.de.consultation.edit }).click();
    await anna.keyboard.press('Escape');
    await form.waitFor({ state: 'hidden' });
    await anna.getByRole('link', { name: new RegExp(`^${c.de.channels.general}`) }).click();
    await composer(anna, 'de').waitFor();
  });

  it('messages go both ways live; Arabic reads right-to-left inside the German interface', async () => {
    await send(anna, 'de', `Tagesordnung: ${'Begrünung des Quartiers. '.repeat(120)}`);
    const withLinks =
      'Guten Morgen Jendouba! Unterlagen: https://example.org/park, Fragen an buergerbuero@wolfsburg.de';
    await send(anna, 'de', withLinks);
    // (The web address's hidden "opens in a new tab" is part of the bubble's text.)
    await bubble(karim, 'Fragen an buergerbuero@wolfsburg.de').waitFor();
    const link = karim.locator('.messages').getByRole('link', { name: /example\.org\/park/ });
    expect(await link.getAttribute('rel')).toBe('noopener noreferrer nofollow');
    expect(await link.getAttribute('target')).toBe('_blank');
    expect(await link.innerText()).toContain(c.fr.messages.newTab);
    // An email address opens the mail program, not an empty tab.
    const mail = karim
      .locator('.messages')
      .getByRole('link', { name: 'buergerbuero@wolfsburg.de' });
    expect(await mail.getAttribute('href')).toBe('mailto:buergerbuero@wolfsburg.de');
    expect(await mail.getAttribute('target')).toBeNull();
    expect(await mail.innerText()).toBe('buergerbuero@wolfsburg.de');
    // The link's hidden "opens in a new tab" stays inside the scrolling list: placed at its
    // unscrolled spot, it made the page as tall as the whole conversation.
    const beyondPage = () =>
      karim.evaluate(
        () =>
          document.documentElement.scrollHeight -
          (document.body.getBoundingClientRect().bottom + window.scrollY),
      );
    expect(await beyondPage()).toBeLessThan(20);

    const arabic = 'صباح الخير فولفسبورغ! سنرسل الملاحظات يوم الخميس.';
    await send(karim, 'fr', arabic);
    const received = bubble(anna, arabic);
    await received.waitFor();
    expect(await anna.locator('html').getAttribute('dir')).toBe('ltr');
    expect(await received.evaluate((element) => element.matches(':dir(rtl)'))).toBe(true);
    await screenshot(anna, 'consultations-de');
  });

  it('a message sent while offline is delivered exactly once after reconnecting', async () => {
    const text = 'Offline geschrieben, genau einmal angekommen';
    await wolfsburg.context.setOffline(true);
    await anna.getByText(texts.de.app.offline).waitFor();
    // Who is online is unknown from the moment the browser is offline, not once the socket notices.
    await anna.getByText(c.de.presence.unknown).waitFor({ timeout: 2000 });
    await send(anna, 'de', text);
    await anna.locator('.message--pending').getByText(c.de.outbox.waiting).waitFor();
    await screenshot(anna, 'consultations-offline-pending');

    // Sent as soon as the browser is back online, not with Socket.IO's next retry (up to 5 s).
    await wolfsburg.context.setOffline(false);
    await bubble(karim, text).waitFor({ timeout: 3000 });
    await anna.locator('.message--pending').waitFor({ state: 'detached', timeout: 60_000 });
    expect(await bubble(anna, text).count()).toBe(1);
    expect(await bubble(karim, text).count()).toBe(1);
    expect(await storedCount(karim, text)).toBe(1);
    await anna.getByText(c.de.presence.unknown).waitFor({ state: 'detached' });
  });

  it('a message still in the outbox after a reload is sent when the connection returns', async () => {
    const text = 'Vor dem Neuladen geschrieben';
    await wolfsburg.context.route('**/socket.io/**', (route) => route.abort());
    await anna.reload();
    await send(anna, 'de', text);
    await anna.locator('.message--pending').getByText(text).waitFor();
    await anna.reload();
    await anna.locator('.message--pending').getByText(text).waitFor();
    await anna.getByText(texts.de.app.reconnecting).waitFor();
    await screenshot(anna, 'consultations-reload-pending');

    await wolfsburg.context.unroute('**/socket.io/**');
    await bubble(karim, text).waitFor({ timeout: 60_000 });
    await anna.locator('.message--pending').waitFor({ state: 'detached', timeout: 60_000 });
    expect(await bubble(karim, text).count()).toBe(1);
    expect(await storedCount(anna, text)).toBe(1);
  });

  it('a message left waiting is sent from any page, and the tab says it waits while offline', async () => {
    const text = 'Offline geschrieben, dann zur Startseite';
    const consultations = anna.url();
    await wolfsburg.context.route('**/socket.io/**', (route) => route.abort());
    await anna.reload();
    await send(anna, 'de', text);
    await anna.locator('.message--pending').getByText(text).waitFor();
    // Reloaded with no connection at all, the conversations cannot be read: the tab still says
    // that the message is kept (it looked lost).
    const channels = '**/api/partnerships/*/channels';
    await wolfsburg.context.route(channels, (route) => route.abort());
    await anna.reload();
    await anna.getByText(c.de.outbox.waitingCount_one.replace('{{count}}', '1')).waitFor();
    await wolfsburg.context.unroute(channels);

    // The tab closed, the app opened again at the start page, and the connection returns there:
    // the message goes all the same (it went only once a consultations page was opened again).
    await anna.goto(new URL('/', consultations).href);
    await anna.getByRole('heading', { level: 1 }).waitFor();
    await wolfsburg.context.unroute('**/socket.io/**');
    await bubble(karim, text).waitFor({ timeout: 60_000 });
    expect(await storedCount(anna, text)).toBe(1);
    expect(new URL(anna.url()).pathname).toBe('/');
    await anna.goto(consultations);
    await bubble(anna, text).waitFor();
    expect(await anna.locator('.message--pending').count()).toBe(0);
  });

  it('a message shown but not yet on disk when the page unloads is sent after the reload', async () => {
    // The bubble shows at once and IndexedDB commits a moment later: a reload in between lost the
    // message (CI, under load). The store now writes it ahead, synchronously, to localStorage; this
    // leaves such an entry as an unload at that moment would.
    const text = 'Zwischen Anzeige und Speicherung neu geladen';
    const me = await apiRequest<{ id: string }>(anna, 'GET', '/api/auth/me');
    const [partnership] = await apiRequest<Array<{ id: string }>>(anna, 'GET', '/api/partnerships');
    const channels = await apiRequest<Array<{ id: string; kind: string }>>(
      anna,
      'GET',
      `/api/partnerships/${partnership?.id}/channels`,
    );
    const general = channels.find((channel) => channel.kind === 'general');
    const entry = {
      clientId: '6f1c2a58-6d2e-4c1f-9a43-5b7e0c2d9e11',
      userId: me.id,
      partnershipId: partnership?.id,
      channelId: general?.id,
      body: text,
      createdAt: new Date().toISOString(),
      status: 'pending',
      errorCode: null,
    };
    await anna.evaluate((ahead) => {
      localStorage.setItem(`jumelage-outbox-ahead:${ahead.clientId}`, JSON.stringify(ahead));
    }, entry);
    await anna.reload();
    await bubble(karim, text).waitFor({ timeout: 60_000 });
    await expect.poll(() => storedCount(anna, text)).toBe(1);
    // Once the server has it, nothing is left to send again.
    await expect
      .poll(() =>
        anna.evaluate(() => Object.keys(localStorage).filter((key) => key.includes('outbox'))),
      )
      .toEqual([]);
  });

  it('lists what was scheduled while the live connection was down once it is back, also on tabs opened meanwhile', async () => {
    // Karim's sockets go down (offline, then the server unreachable) after having been up.
    await jendouba.context.route('**/socket.io/**', (route) => route.abort());
    await jendouba.context.setOffline(true);
    await karim.getByText(texts.fr.app.offline).waitFor();
    await jendouba.context.setOffline(false);
    await karim.getByText(texts.fr.app.reconnecting).waitFor();
    // Both tabs load their lists while the live connection is still being re-established.
    const board = await jendouba.context.newPage();
    await board.goto(karim.url().replace(/consultations.*$/, 'milestones'));
    await card(board, demoMilestone).waitFor();
    await karim.getByRole('link', { name: texts.fr.space.tabs.members }).click();
    await karim.locator('.member-list').waitFor();
    await karim.getByRole('link', { name: texts.fr.space.tabs.consultations }).click();
    await composer(karim, 'fr').waitFor();

    const [partnership] = await apiRequest<Array<{ id: string }>>(anna, 'GET', '/api/partnerships');
    const day = isoDaysFromNow(20);
    await apiRequest(anna, 'POST', `/api/partnerships/${partnership?.id}/channels`, {
      title: 'Visite technique du parc',
      startsAt: `${day}T08:00:00.000Z`,
      endsAt: `${day}T09:00:00.000Z`,
    });
    await apiRequest(anna, 'POST', `/api/partnerships/${partnership?.id}/milestones`, {
      title: 'Pflanzplan abstimmen',
    });

    await jendouba.context.unroute('**/socket.io/**');
    await karim
      .getByRole('link', { name: /Visite technique du parc/ })
      .waitFor({ timeout: 30_000 });
    await board
      .getByRole('button', { name: 'Pflanzplan abstimmen', exact: true })
      .waitFor({ timeout: 30_000 });
    await board.close();
  });

  it('shows no errors in either browser beyond the network failures caused on purpose', () => {
    const unexpected = [...wolfsburg.problems, ...jendouba.problems].filter(
      (problem) => !problem.includes('Failed to load resource: net::'),
    );
    expect(unexpected).toEqual([]);
  });
});
