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
import { consultationTexts as c, texts } from './locales.ts';
import {
  apiRequest,
  demoAccount,
  demoMilestone,
  fillRegistration,
  isoDaysFromNow,
  logIn,
  type Locale,
} from './session.ts';

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

  it('messages go both ways live; Arabic reads right-to-left inside the German interface', async () => {
    await send(anna, 'de', `Tagesordnung: ${'Begrünung des Quartiers. '.repeat(120)}`);
    await send(anna, 'de', 'Guten Morgen Jendouba! Unterlagen: https://example.org/park');
    await bubble(karim, 'Guten Morgen Jendouba! Unterlagen: https://example.org/park').waitFor();
    const link = karim.locator('.messages').getByRole('link', { name: /example\.org\/park/ });
    expect(await link.getAttribute('rel')).toBe('noopener noreferrer nofollow');
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

    await wolfsburg.context.setOffline(false);
    await bubble(karim, text).waitFor({ timeout: 60_000 });
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

  it('an external expert finds their consultations on the home page and takes part, seeing nothing else of the space', async () => {
    const casablanca = await newContext(browser, {
      locale: 'fr-FR',
      timezoneId: 'Africa/Casablanca',
    });
    const youssef = await casablanca.context.newPage();
    await logIn(youssef, app.url, 'fr', demoAccount('youssef.alaoui@experts.example'));
    await youssef.getByRole('heading', { name: c.fr.invited.title, level: 2 }).waitFor();
    // Not told to create a partnership of his own above his invitations, but why the page
    // "My partnerships" shows none.
    expect(
      await youssef.getByRole('heading', { name: texts.fr.partnerships.list.emptyTitle }).count(),
    ).toBe(0);
    await youssef.getByText(texts.fr.partnerships.list.onlyInvited).waitFor();
    const invitation = youssef.getByRole('link', { name: /Bewässerung des Quartiersparks/ });
    const summary = await invitation.innerText();
    expect(summary).toContain('Wolfsburg – Jendouba');
    expect(summary).toContain(c.fr.phases.upcoming);

    // Anna invites him by email (a typo first) with the coordinator; it appears on his page at once.
    await anna.getByRole('button', { name: c.de.channels.create }).click();
    const dialog = anna.getByRole('dialog');
    const day = isoDaysFromNow(9);
    await dialog.getByLabel(c.de.form.title).fill('Choix des plantes');
    await dialog.getByLabel(c.de.form.startsAt).fill(`${day}T09:00`);
    await dialog.getByLabel(c.de.form.endsAt).fill(`${day}T10:00`);
    const emails = dialog.getByLabel(c.de.form.expertEmails, { exact: true });
    await emails.fill('youssef.alaoui@expert.example');
    await dialog.getByLabel('Claire Martin').check();
    const seenBefore = wolfsburg.problems.length;
    await dialog.getByRole('button', { name: c.de.form.create }).click();
    await dialog.getByText(c.de.form.expertEmailUnknown.split('{{url}}')[0] ?? '').waitFor();
    // The refusal (400) is the only problem it leaves in the console.
    expect(wolfsburg.problems.splice(seenBefore)).toEqual([expect.stringContaining('400')]);
    await screenshot(anna, 'consultation-dialog-unknown-email-de');
    await emails.fill('Youssef.Alaoui@experts.example');
    await dialog.getByRole('button', { name: c.de.form.create }).click();
    await anna.getByRole('heading', { name: 'Choix des plantes' }).waitFor();
    const planting = youssef.getByRole('link', { name: /Choix des plantes/ });
    await planting.waitFor();
    expect(await planting.innerText()).toContain('Wolfsburg – Jendouba');
    await screenshot(youssef, 'invitations-fr');

    await invitation.click();
    await expect.poll(() => youssef.url()).toMatch(/\/consultations\/[a-f0-9]{24}$/);
    await youssef.getByRole('heading', { name: 'Wolfsburg – Jendouba', level: 1 }).waitFor();
    const consultationUrl = youssef.url();
    await bubble(youssef, 'Ich bringe Daten zum Wasserbedarf').waitFor();
    await anna.getByRole('link', { name: /Bewässerung des Quartiersparks/ }).click();
    const box = (page: Page, locale: Locale) =>
      page.getByRole('textbox', {
        name: c[locale].composer.label.replace(
          '{{channel}}',
          'Bewässerung des Quartiersparks · Irrigation du parc',
        ),
      });
    await box(youssef, 'fr').fill('Bonjour ! J’apporte les données climatiques de Jendouba.');
    await box(youssef, 'fr').press('Enter');
    await bubble(anna, 'J’apporte les données climatiques de Jendouba.').waitFor();
    await box(anna, 'de').fill('Danke, Herr Alaoui!');
    await box(anna, 'de').press('Enter');
    await bubble(youssef, 'Danke, Herr Alaoui!').waitFor();
    await screenshot(youssef, 'invited-consultation-fr');

    // He declines the second invitation: it leaves his list, and Anna's list of invitees, at once.
    await youssef.getByRole('link', { name: /Choix des plantes/ }).click();
    await unfoldConsultation(youssef);
    await youssef.getByRole('button', { name: c.fr.consultation.decline }).click();
    await youssef
      .getByRole('dialog')
      .getByRole('button', { name: c.fr.consultation.declineConfirm })
      .click();
    await youssef.getByRole('heading', { name: c.fr.invited.title, level: 2 }).waitFor();
    await expect
      .poll(() => youssef.getByRole('link', { name: /Choix des plantes/ }).count())
      .toBe(0);
    await anna.getByRole('link', { name: /Choix des plantes/ }).click();
    await unfoldConsultation(anna);
    await expect.poll(() => anna.locator('.invitees').innerText()).not.toContain('Youssef');
    expect(await anna.locator('.invitees').innerText()).toContain('Claire Martin');

    // Anna invites someone without an account by link: they register on the way and land in it.
    await anna.getByRole('button', { name: c.de.expertLink.create }).click();
    const link = await anna.getByLabel(c.de.expertLink.label).inputValue();
    expect(link).toMatch(/\/consultation-invite\/[A-Za-z0-9_-]{43}$/);
    // Anna has the consultation's form open while the expert joins.
    await anna.getByRole('button', { name: c.de.consultation.edit }).click();
    const editing = anna.getByRole('dialog');
    await editing.getByLabel(c.de.form.title).waitFor();
    const newcomer = await newContext(browser, { locale: 'fr-FR', timezoneId: 'Africa/Tunis' });
    const nadia = await newcomer.context.newPage();
    await nadia.goto(link);
    await nadia.getByRole('heading', { name: 'Choix des plantes', level: 2 }).waitFor();
    await screenshot(nadia, 'expert-link-fr');
    await nadia
      .locator('.card')
      .getByRole('link', { name: texts.fr.invite.accept.register })
      .click();
    await fillRegistration(nadia, 'fr', {
      name: 'Nadia Gharbi',
      email: 'nadia.gharbi@experts.example',
      password: 'jumelage-expert-2026',
    });
    await nadia.getByRole('button', { name: texts.fr.invite.accept.submit }).click();
    await nadia.getByRole('heading', { name: 'Choix des plantes', level: 3 }).waitFor();
    await expect.poll(() => nadia.url()).toMatch(/\/consultations\/[a-f0-9]{24}$/);
    // The open form shows her ticked, so saving it keeps her.
    await editing.getByLabel('Nadia Gharbi').waitFor();
    expect(await editing.getByLabel('Nadia Gharbi').isChecked()).toBe(true);
    await editing.getByRole('button', { name: c.de.form.save }).click();
    await editing.waitFor({ state: 'hidden' });
    await expect.poll(() => anna.locator('.invitees').innerText()).toContain('Nadia Gharbi');
    await newcomer.context.close();
    expect(newcomer.problems.filter((problem) => !problem.includes('401'))).toEqual([]);

    // A second link went to the wrong person: Anna revokes it by keyboard, and it stops working.
    const relisted = anna.waitForResponse(
      (response) =>
        response.url().endsWith('/invitations') && response.request().method() === 'GET',
    );
    await anna.getByRole('button', { name: c.de.expertLink.another }).click();
    // The new link is shown, and the list asked for again, once it is made.
    await relisted;
    const wrong = await anna.getByLabel(c.de.expertLink.label).inputValue();
    expect(wrong).not.toBe(link);
    const open = anna.locator('.conversation__header .open-links');
    // The list is read again as it opens. On a slow link that answer comes after the revocation
    // below, read before it: it must not bring the revoked link back.
    const revokedOnServer = anna.waitForResponse(
      (response) => response.request().method() === 'DELETE',
    );
    await anna.route(/\/invitations$/, async (route) => {
      const response = await route.fetch();
      await revokedOnServer;
      await route.fulfill({ response });
    });
    let reads = 0;
    anna.on('response', (response) => {
      if (/\/invitations$/.test(response.url())) reads += 1;
    });
    // Nadia's link is used, so only the new one is listed, with who made it.
    await open.getByText(texts.de.openLinks.summary_one.replace('{{count}}', '1')).focus();
    await anna.keyboard.press('Enter');
    expect(await open.locator('li').count()).toBe(1);
    expect(await open.locator('li').innerText()).toContain('Anna Becker');
    await anna.keyboard.press('Tab');
    await anna.keyboard.press('Enter');
    const confirm = anna.getByRole('dialog', { name: texts.de.openLinks.revokeTitle });
    await confirm.getByRole('button', { name: texts.de.openLinks.revoke }).click();
    await confirm.waitFor({ state: 'hidden' });
    // The late answer is dropped and the list read again, without the revoked link.
    await expect.poll(() => reads).toBe(2);
    await anna.unroute(/\/invitations$/);
    await expect.poll(() => open.locator('details').count()).toBe(0);
    expect(
      await anna.getByRole('status').filter({ hasText: texts.de.openLinks.revoked }).count(),
    ).toBe(1);
    expect(
      await anna.evaluate(() => document.activeElement?.classList.contains('open-links')),
    ).toBe(true);
    // Asked from outside the browser, whose console would log the 404 as a problem.
    const token = wrong.split('/').pop() ?? '';
    expect((await fetch(`${app.url}/api/consultation-invitations/${token}`)).status).toBe(404);

    // The space itself stays closed to him.
    const [partnership] = await apiRequest<Array<{ id: string }>>(anna, 'GET', '/api/partnerships');
    await youssef.goto(`${app.url}/p/${partnership?.id}/plans`);
    await youssef
      .getByRole('heading', { name: texts.fr.status.notFound.title, level: 1 })
      .waitFor();
    await casablanca.context.close();
    // A member who follows the link he would share lands on the consultation in the space.
    await anna.goto(consultationUrl);
    await anna.waitForURL(/\/p\/[a-f0-9]{24}\/consultations\?channel=[a-f0-9]{24}$/);
    await anna.getByRole('heading', { name: /Bewässerung des Quartiersparks/, level: 3 }).waitFor();
    expect(casablanca.problems.filter((problem) => !problem.includes('404'))).toEqual([]);
  });

  it('shows no errors in either browser beyond the network failures caused on purpose', () => {
    const unexpected = [...wolfsburg.problems, ...jendouba.problems].filter(
      (problem) => !problem.includes('Failed to load resource: net::'),
    );
    expect(unexpected).toEqual([]);
  });
});
