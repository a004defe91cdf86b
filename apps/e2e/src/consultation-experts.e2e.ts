import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { bubble, openConsultations, unfoldConsultation } from './chat.ts';
import { holdReads, newContext, screenshot, startForFile } from './harness.ts';
import { consultationTexts as c, texts } from './locales.ts';
import {
  apiRequest,
  demoAccount,
  fillRegistration,
  isoDaysFromNow,
  logIn,
  type Locale,
} from './session.ts';

// An external expert, who belongs to no partnership, is invited to consultations by email or by a
// single-use link, takes part in them and sees nothing else of the space.

const started = startForFile();
let wolfsburg: Awaited<ReturnType<typeof newContext>>;
let anna: Page;

beforeAll(async () => {
  wolfsburg = await newContext(started.browser, { locale: 'de-DE', timezoneId: 'Europe/Berlin' });
  anna = await wolfsburg.context.newPage();
  await openConsultations(anna, started.app.url, 'de', 'anna.becker@wolfsburg.example');
});

describe('external experts in consultations', () => {
  it('an external expert finds their consultations on the home page and takes part, seeing nothing else of the space', async () => {
    const { app, browser } = started;
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
    const changes: string[] = [];
    anna.on('request', (request) => {
      if (request.method() === 'PATCH' && request.url().includes('/api/channels/')) {
        changes.push(request.url());
      }
    });
    await dialog.getByRole('button', { name: c.de.form.create }).click();
    await dialog.getByText(c.de.form.expertEmailUnknown).waitFor();
    // The refusal (400) is the only problem it leaves in the console.
    expect(wolfsburg.problems.splice(seenBefore)).toEqual([expect.stringContaining('400')]);
    await screenshot(anna, 'consultation-dialog-unknown-email-de');
    // As copied from Outlook, with its ";" (the field said the address was not valid).
    await emails.fill('Youssef.Alaoui@experts.example;');
    await dialog.getByRole('button', { name: c.de.form.create }).click();
    await anna.getByRole('heading', { name: 'Choix des plantes' }).waitFor();
    // The refused create made nothing: the second is a first one, not a change sent after it.
    expect(changes).toEqual([]);
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
    // It is shown and said, and the focus stays on the page (it fell to the body with the button).
    const [declinedStart] = c.fr.consultation.declined.split('{{title}}');
    const notice = youssef.getByRole('status').filter({ hasText: /Choix des plantes/ });
    await expect.poll(() => notice.innerText()).toContain(declinedStart);
    expect((await notice.boundingBox())?.height).toBeGreaterThan(10); // not only for screen readers
    await screenshot(youssef, 'declined-notice-fr');
    expect(await youssef.evaluate(() => document.activeElement === document.body)).toBe(false);
    await youssef.getByRole('button', { name: texts.fr.common.close, exact: true }).click();
    await notice.waitFor({ state: 'detached' });
    await anna.getByRole('link', { name: /Choix des plantes/ }).click();
    await unfoldConsultation(anna);
    await expect.poll(() => anna.locator('.invitees').innerText()).not.toContain('Youssef');
    expect(await anna.locator('.invitees').innerText()).toContain('Claire Martin');

    // Anna invites someone without an account by link: they register on the way and land in it.
    await anna.getByRole('button', { name: c.de.expertLink.create }).click();
    const link = await anna.getByLabel(c.de.expertLink.label, { exact: true }).inputValue();
    expect(link).toMatch(/\/consultation-invite\/[A-Za-z0-9_-]{43}$/);
    // Anna has the consultation's form open while the expert joins.
    await anna.getByRole('button', { name: c.de.consultation.edit }).click();
    const editing = anna.getByRole('dialog');
    await editing.getByLabel(c.de.form.title).waitFor();
    const newcomer = await newContext(browser, { locale: 'fr-FR', timezoneId: 'Africa/Tunis' });
    const nadia = await newcomer.context.newPage();
    await nadia.goto(link);
    await nadia.getByRole('heading', { name: 'Choix des plantes', level: 2 }).waitFor();
    // The time says whose it is, and where else it is that time (or what it is there).
    const when = await nadia.locator('.invitation-summary dd').first().innerText();
    expect(when).toContain(c.fr.times.yours);
    expect(when).toContain('Wolfsburg');
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
    const wrong = await anna.getByLabel(c.de.expertLink.label, { exact: true }).inputValue();
    expect(wrong).not.toBe(link);
    const open = anna.locator('.conversation__header .open-links');
    // The list is read again as it opens. On a slow link that answer, read before the revocation
    // below, comes after it: it must not bring the revoked link back.
    const reread = await holdReads(anna, /\/invitations$/);
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
    await expect.poll(() => open.locator('details').count()).toBe(0);
    await reread.release();
    // A link brought back would show at once; the page is given a moment to show it.
    await anna.waitForTimeout(300);
    expect(await open.locator('details').count()).toBe(0);
    // The revoked link is no longer offered to copy above the list (it stayed, "valid until …").
    expect(await anna.getByLabel(c.de.expertLink.label, { exact: true }).count()).toBe(0);
    await anna.getByRole('button', { name: c.de.expertLink.create }).waitFor();
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
    expect(wolfsburg.problems).toEqual([]);
  });
});
