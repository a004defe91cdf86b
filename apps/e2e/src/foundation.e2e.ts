import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPartnersChat } from './chat.ts';
import { newContext, screenshot, startForFile } from './harness.ts';
import { consultationTexts as c, milestoneTexts as m, texts } from './locales.ts';
import {
  apiRequest,
  chooseLanguage,
  demoAccount,
  languageButton,
  logIn,
  openDemoPartnership,
} from './session.ts';

const started = startForFile();

async function userIdOf(page: Page, partnershipId: string, name: string): Promise<string> {
  const members = await apiRequest<{ userId: string; name: string }[]>(
    page,
    'GET',
    `/api/partnerships/${partnershipId}/members`,
  );
  const member = members.find((candidate) => candidate.name === name);
  if (!member) throw new Error(`${name} is not a member`);
  return member.userId;
}

describe('foundation in the browser', () => {
  it('demo owner logs in, invites; the partner registers through the link in French and switches to Arabic (RTL)', async () => {
    const wolfsburg = await newContext(started.browser, { locale: 'de-DE' });
    const owner = await wolfsburg.context.newPage();
    await owner.goto(started.app.url);
    await owner.waitForURL(/\/login/);
    await owner.getByLabel(texts.de.auth.fields.email).fill('anna.becker@wolfsburg.example');
    await owner.getByLabel(texts.de.auth.fields.password).fill('jumelage-demo');
    await owner.getByRole('button', { name: texts.de.auth.login.submit }).click();
    await owner.getByRole('heading', { name: texts.de.partnerships.list.title }).waitFor();
    expect(await owner.locator('html').getAttribute('lang')).toBe('de');
    await screenshot(owner, 'partnership-list-de');

    await owner
      .getByRole('link', { name: /Wolfsburg – Jendouba/ })
      .first()
      .click();
    await owner.getByRole('link', { name: texts.de.space.tabs.members }).click();
    await owner
      .getByLabel(texts.de.invite.create.municipality, { exact: true })
      .selectOption({ label: 'Jendouba' });
    // Days are whole: half a day is asked for as such (it said "check this value").
    const days = owner.getByLabel(texts.de.invite.create.expiresInDays);
    await days.fill('2.5');
    await owner.getByRole('button', { name: texts.de.invite.create.submit }).click();
    await owner.getByText(texts.de.validation.wholeNumber).waitFor();
    await days.fill('7');
    await owner.getByRole('button', { name: texts.de.invite.create.submit }).click();
    const linkField = owner.getByLabel(texts.de.invite.create.link, { exact: true });
    await linkField.waitFor();
    const inviteUrl = await linkField.inputValue();
    expect(inviteUrl).toMatch(/\/invite\/[A-Za-z0-9_-]{43}$/);
    await screenshot(owner, 'members-de');

    const jendouba = await newContext(started.browser, {
      locale: 'fr-FR',
      timezoneId: 'Africa/Tunis',
    });
    const partner = await jendouba.context.newPage();
    await partner.goto(inviteUrl);
    await partner.getByRole('heading', { name: texts.fr.invite.accept.title }).waitFor();
    await partner
      .getByRole('main')
      .getByRole('link', { name: texts.fr.invite.accept.register })
      .click();
    await partner.getByLabel(texts.fr.auth.fields.name).fill('Amira Haddad');
    await partner.getByLabel(texts.fr.auth.fields.email).fill('amira@jendouba.example');
    await partner.getByLabel(texts.fr.auth.fields.password).fill('un mot de passe sûr');
    await partner.getByRole('button', { name: texts.fr.auth.register.submit }).click();
    await partner.getByRole('button', { name: texts.fr.invite.accept.submit }).click();
    await partner.waitForURL(/\/p\/[a-f0-9]{24}\//);
    expect(await partner.locator('html').getAttribute('lang')).toBe('fr');

    await chooseLanguage(partner, 'fr', 'ar');
    await partner.waitForFunction(() => document.documentElement.dir === 'rtl');
    expect(await partner.locator('html').getAttribute('lang')).toBe('ar');
    await partner.getByRole('link', { name: texts.ar.space.tabs.members }).click();
    await partner.getByRole('main').getByText('Anna Becker').waitFor();
    await screenshot(partner, 'members-ar');

    // The language choice is saved on the account: a new device starts in Arabic after login.
    const elsewhere = await newContext(started.browser, { locale: 'en-GB' });
    const page = await elsewhere.context.newPage();
    await page.goto(`${started.app.url}/login`);
    await page.getByLabel(texts.en.auth.fields.email).fill('amira@jendouba.example');
    await page.getByLabel(texts.en.auth.fields.password).fill('un mot de passe sûr');
    await page.getByRole('button', { name: texts.en.auth.login.submit }).click();
    await page.waitForFunction(() => document.documentElement.dir === 'rtl');
    // The link, opened again, says it was used (not "conflicts with a recent change, retry").
    await page.goto(inviteUrl);
    await page.getByRole('alert').filter({ hasText: texts.ar.invite.accept.used }).waitFor();
    expect(await page.getByRole('button', { name: texts.ar.common.retry }).count()).toBe(0);
    await page.getByRole('link', { name: texts.ar.status.home }).waitFor();

    // The owner's open members list shows the new member without a reload.
    const roleOfAmira = owner.getByRole('combobox', {
      name: texts.de.members.roleOf.replace('{{name}}', 'Amira Haddad'),
    });
    await roleOfAmira.waitFor();

    // A second link, revoked from the list of open links, is no longer offered to copy (it stayed
    // above the list, "valid until …", and could be sent dead).
    await owner.getByRole('button', { name: texts.de.invite.create.submit }).click();
    await expect.poll(() => linkField.inputValue()).not.toBe(inviteUrl);
    const openLinks = owner.locator('.invite .open-links');
    await openLinks.locator('summary').click();
    await openLinks.getByRole('button', { name: texts.de.openLinks.revoke }).click();
    await owner
      .getByRole('dialog', { name: texts.de.openLinks.revokeTitle })
      .getByRole('button', { name: texts.de.openLinks.revoke })
      .click();
    await linkField.waitFor({ state: 'detached' });

    // A milestone owned by Amira keeps her, as a former member, once she is removed; it can still
    // be saved with other owners (it could not be saved at all).
    const partnershipId = new URL(owner.url()).pathname.split('/')[2] ?? '';
    const milestone = await apiRequest<{ id: string }>(
      owner,
      'POST',
      `/api/partnerships/${partnershipId}/milestones`,
      { title: 'Pflanzplan', ownerIds: [await userIdOf(owner, partnershipId, 'Amira Haddad')] },
    );

    // A new role reaches Amira's open board at once: what she may do, and a word about it.
    await partner.getByRole('link', { name: texts.ar.space.tabs.milestones }).click();
    const newMilestone = partner.getByRole('button', { name: m.ar.board.new });
    await newMilestone.waitFor();
    // Arrowing through the closed select (Chromium changes its value at each key) saves nothing:
    // the choice waits for "apply" (each role arrowed past used to be given, and announced).
    await roleOfAmira.focus();
    await owner.keyboard.press('ArrowDown');
    const apply = owner.getByRole('button', {
      name: texts.de.common.applyChoice.replace(
        '{{subject}}',
        texts.de.members.roleOf.replace('{{name}}', 'Amira Haddad'),
      ),
    });
    await apply.waitFor();
    await roleOfAmira.selectOption('observer');
    await screenshot(owner, 'member-role-apply-de');
    await roleOfAmira.press('Enter');
    await apply.waitFor({ state: 'detached' });
    expect(await roleOfAmira.evaluate((select) => select === document.activeElement)).toBe(true);
    const changed = texts.ar.space.membershipChanged.replace('{{role}}', texts.ar.roles.observer);
    await partner.getByRole('status').filter({ hasText: changed }).waitFor();
    await partner
      .getByText(texts.ar.space.yourRole.replace('{{role}}', texts.ar.roles.observer))
      .waitFor();
    await newMilestone.waitFor({ state: 'detached' });

    // Removed, her open page closes the space instead of failing on her next click.
    await owner
      .getByRole('button', { name: texts.de.members.remove.replace('{{name}}', 'Amira Haddad') })
      .click();
    await owner
      .getByRole('dialog')
      .getByRole('button', { name: texts.de.members.removeConfirm })
      .click();
    await partner.getByRole('heading', { name: texts.ar.status.noLongerMember.title }).waitFor();
    await screenshot(partner, 'removed-member-ar');

    await owner.goto(`${started.app.url}/p/${partnershipId}/milestones?milestone=${milestone.id}`);
    const detail = owner.getByRole('dialog', { name: 'Pflanzplan' });
    const former = detail.getByRole('checkbox', { name: m.de.card.formerMember });
    expect(await former.isChecked()).toBe(true);
    await detail.getByRole('checkbox', { name: /Anna Becker/ }).check();
    await detail.getByRole('button', { name: texts.de.common.save }).click();
    await detail.getByText(texts.de.common.saved, { exact: true }).waitFor();
    // The used link's 409 is the one failed request expected.
    const usedLink = (problem: string) => problem.includes('409 (Conflict)');
    expect(elsewhere.problems.filter((problem) => !usedLink(problem))).toEqual([]);
    expect([...wolfsburg.problems, ...jendouba.problems]).toEqual([]);
  });

  it("an owner changes the partnership's name, status, dates and a municipality; the partner's open page follows", async () => {
    const { wolfsburg, jendouba, anna, karim } = await openPartnersChat(
      started.browser,
      started.app.url,
    );
    // Only owners may (Karim is a member).
    expect(await karim.getByRole('button', { name: texts.fr.space.edit }).count()).toBe(0);

    const edit = anna.getByRole('button', { name: texts.de.space.edit });
    const dialog = anna.getByRole('dialog', { name: texts.de.space.edit });
    const municipalityName = (number: number) =>
      dialog
        .getByRole('group', {
          name: texts.de.createPartnership.municipality.replace('{{number}}', String(number)),
        })
        .getByRole('textbox', { name: texts.de.createPartnership.municipalityName });
    // A change given up (Escape) is gone when the dialog opens again: a municipality's stayed, and
    // the next save would have sent it.
    await edit.click();
    await municipalityName(1).fill('Wolfsburg XYZ');
    await anna.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await edit.click();
    expect(await municipalityName(1).inputValue()).toBe('Wolfsburg');
    const name = dialog.getByRole('textbox', { name: texts.de.createPartnership.name });
    expect(await name.inputValue()).toBe('Wolfsburg – Jendouba');
    await name.fill('Wolfsburg – Jendouba: Quartierspark');
    await dialog.getByLabel(texts.de.partnerships.status).selectOption('paused');
    await dialog.getByLabel(texts.de.createPartnership.startsOn).fill('2027-01-01');
    // An end before the start is refused beside the field, which names the first day it takes
    // (it showed the raw "2027-01-01").
    const endsOn = dialog.getByLabel(texts.de.createPartnership.endsOn);
    await endsOn.fill('2026-12-31');
    await dialog.getByRole('button', { name: texts.de.common.save }).click();
    const tooEarly = dialog.getByText(
      texts.de.validation.dateTooEarly.replace('{{date}}', '01.01.2027'),
    );
    await tooEarly.waitFor();
    // An earlier start mends it, and the error goes at once (it stayed until the next save).
    const startsOn = dialog.getByLabel(texts.de.createPartnership.startsOn);
    await startsOn.fill('2026-06-01');
    await tooEarly.waitFor({ state: 'detached' });
    await startsOn.fill('2027-01-01');
    await endsOn.fill('2028-12-31');
    // A municipality's name is corrected in place (they cannot be added or dropped here).
    await municipalityName(2).fill('Ville de Jendouba');
    await dialog.getByRole('button', { name: texts.de.common.save }).click();
    await dialog.waitFor({ state: 'detached' });
    await expect
      .poll(() => edit.evaluate((button) => button === document.activeElement))
      .toBe(true);

    const renamed = { level: 1, name: 'Wolfsburg – Jendouba: Quartierspark' } as const;
    await anna.getByRole('heading', renamed).waitFor();
    await karim.getByRole('heading', renamed).waitFor({ timeout: 10_000 });
    const paused = texts.fr.space.statusLine.replace('{{status}}', texts.fr.statuses.paused);
    await karim.getByText(paused).waitFor();
    await karim.locator('.space-header').getByText('Ville de Jendouba').waitFor();
    const stored = await apiRequest<{ startsOn: string; endsOn: string; themes: string[] }>(
      karim,
      'GET',
      new URL(karim.url()).pathname.replace(/^\/p\/([^/]+).*/, '/api/partnerships/$1'),
    );
    expect([stored.startsOn, stored.endsOn]).toEqual(['2027-01-01', '2028-12-31']);
    expect(stored.themes).toHaveLength(2); // the demo's two, kept
    expect([...wolfsburg.problems, ...jendouba.problems]).toEqual([]);
  });

  it('an observer leaves the partnership from her row; the last owner is told to name another first', async () => {
    const leave = (locale: 'de' | 'ar') => texts[locale].members;
    const leilaName = 'ليلى الطرابلسي';
    const wolfsburg = await newContext(started.browser, { locale: 'de-DE' });
    const anna = await wolfsburg.context.newPage();
    await logIn(anna, started.app.url, 'de', demoAccount('anna.becker@wolfsburg.example'));
    await openDemoPartnership(anna);
    await anna.getByRole('link', { name: texts.de.space.tabs.members }).click();
    // Her own row offers to leave, not to remove herself; she is the only owner, so the server
    // refuses, and the dialog says what to do instead.
    const annaRow = anna.locator('.member', { hasText: 'Anna Becker' });
    expect(
      await annaRow
        .getByRole('button', { name: leave('de').remove.replace('{{name}}', 'Anna Becker') })
        .count(),
    ).toBe(0);
    await annaRow.getByRole('button', { name: leave('de').leave }).click();
    const annaDialog = anna.getByRole('dialog', { name: leave('de').leaveTitle });
    const confirm = annaDialog.getByRole('button', { name: leave('de').leaveConfirm });
    await confirm.focus();
    await anna.keyboard.press('Enter');
    await annaDialog.getByText(leave('de').lastOwner).waitFor();
    // Pressed by keyboard, the focus stays on the button beside the answer (it fell to the page).
    expect(await confirm.evaluate((button) => button === document.activeElement)).toBe(true);
    await annaDialog.getByRole('button', { name: texts.de.common.cancel }).click();
    const leilaRow = anna.locator('.member', { hasText: leilaName });
    await leilaRow.waitFor();

    const tunis = await newContext(started.browser, { locale: 'ar-TN' });
    const leila = await tunis.context.newPage();
    await logIn(leila, started.app.url, 'ar', demoAccount('leila.trabelsi@jendouba.example'));
    const partnershipId = await openDemoPartnership(leila);
    // Named as it is now (an earlier test renamed it).
    const { name } = await apiRequest<{ name: string }>(
      leila,
      'GET',
      `/api/partnerships/${partnershipId}`,
    );
    // She reads the conversations; a link to a message box she does not have would lead nowhere.
    await leila.getByRole('link', { name: texts.ar.space.tabs.consultations }).click();
    await leila.getByText(c.ar.composer.readOnly).waitFor();
    expect(await leila.getByRole('link', { name: c.ar.composer.skipTo }).count()).toBe(0);
    await leila.getByRole('link', { name: texts.ar.space.tabs.members }).click();
    // One way out, on her own row; an observer manages nobody.
    const leaveButtons = leila.getByRole('button', { name: leave('ar').leave });
    await leaveButtons.waitFor();
    expect(await leaveButtons.count()).toBe(1);
    expect(await leila.locator('.member', { hasText: leilaName }).getByRole('button').count()).toBe(
      1,
    );
    await leaveButtons.click();
    await leila
      .getByRole('dialog', { name: leave('ar').leaveTitle })
      .getByRole('button', { name: leave('ar').leaveConfirm })
      .click();
    // The start page opens and says which partnership she left; it is no longer listed.
    await leila.waitForURL(`${started.app.url}/`);
    // (Names inside sentences are isolated, so that a Latin name keeps its place in Arabic.)
    const left = leave('ar').left.replace('{{partnership}}', `\u2068${name}\u2069`);
    await leila.getByRole('status').filter({ hasText: left }).waitFor();
    await leila.getByRole('heading', { name: texts.ar.partnerships.list.title }).waitFor();
    // Her only partnership: the list is empty now.
    await leila.getByRole('heading', { name: texts.ar.partnerships.list.emptyTitle }).waitFor();
    expect(await leila.getByRole('link', { name: /Wolfsburg – Jendouba/ }).count()).toBe(0);
    await expect.poll(() => leila.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    await screenshot(leila, 'left-partnership-ar');
    const gone = await leila.request.get(`${started.app.url}/api/partnerships/${partnershipId}`);
    expect(gone.status()).toBe(404);
    // Anna's open list follows.
    await leilaRow.waitFor({ state: 'detached' });
    // The only error is the refusal of Anna's leave, on purpose.
    expect([...wolfsburg.problems, ...tunis.problems]).toEqual([
      expect.stringContaining('409 (Conflict)'),
    ]);
    await wolfsburg.context.close();
    await tunis.context.close();
  });

  it("a form's errors follow a change of language; an e-mail that has an account is called taken", async () => {
    const { context, problems } = await newContext(started.browser, { locale: 'de-DE' });
    const page = await context.newPage();
    await page.goto(`${started.app.url}/register`);
    await page.getByRole('button', { name: texts.de.auth.register.submit }).click();
    await page.getByText(texts.de.validation.required).first().waitFor();
    // Browsing the header's languages by keyboard changes nothing until one is chosen (a select
    // switched the interface at each arrow key).
    const toggle = languageButton(page, 'de');
    await toggle.focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.locator('header').getByRole('button', { name: 'Français', exact: true }).focus();
    expect(await page.locator('html').getAttribute('lang')).toBe('de');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: texts.fr.auth.register.title }).waitFor();
    expect(await languageButton(page, 'fr').evaluate((b) => b === document.activeElement)).toBe(
      true,
    );
    // They stayed in German until the form was sent again.
    expect(await page.getByText(texts.fr.validation.required).count()).toBeGreaterThan(0);
    expect(await page.getByText(texts.de.validation.required).count()).toBe(0);
    // The account's language follows the header (it kept the one shown when the page opened).
    const language = page.getByLabel(texts.fr.auth.fields.language);
    expect(await language.inputValue()).toBe('fr');

    await page.getByLabel(texts.fr.auth.fields.name, { exact: true }).fill('Anna Zwei');
    await page
      .getByLabel(texts.fr.auth.fields.email, { exact: true })
      .fill('anna.becker@wolfsburg.example');
    await page
      .getByLabel(texts.fr.auth.fields.password, { exact: true })
      .fill('ein-langes-passwort');
    await page.getByRole('button', { name: texts.fr.auth.register.submit }).click();
    await page.getByText(texts.fr.auth.register.emailTaken).waitFor();
    // The field says what is wrong with it, not a vague "not accepted".
    expect(await page.getByText(texts.fr.validation.taken).count()).toBe(1);
    expect(await page.getByText(texts.fr.validation.rejected).count()).toBe(0);
    expect(problems).toEqual([
      'console: Failed to load resource: the server responded with a status of 409 (Conflict)',
    ]);
    await context.close();
  });

  it('saving the settings keeps the language just chosen in the header', async () => {
    const { context, problems } = await newContext(started.browser);
    const anna = await context.newPage();
    await logIn(anna, started.app.url, 'de', demoAccount('anna.becker@wolfsburg.example'));
    await anna.getByRole('link', { name: texts.de.nav.settings }).click();
    await anna.getByRole('heading', { name: texts.de.settings.title }).waitFor();
    await chooseLanguage(anna, 'de', 'fr');
    await anna.getByRole('heading', { name: texts.fr.settings.title }).waitFor();
    const field = anna.locator('main').getByLabel(texts.fr.settings.language);
    await expect.poll(() => field.inputValue()).toBe('fr');
    await anna.getByLabel(texts.fr.settings.name).fill('Anna Becker-Wolf');
    await anna.getByRole('button', { name: texts.fr.common.save }).click();
    await anna.getByRole('status').filter({ hasText: texts.fr.common.saved }).waitFor();
    expect(await anna.evaluate(() => document.documentElement.lang)).toBe('fr');
    const me = await apiRequest<{ name: string; locale: string }>(anna, 'GET', '/api/auth/me');
    expect(me).toMatchObject({ name: 'Anna Becker-Wolf', locale: 'fr' });
    await apiRequest(anna, 'PATCH', '/api/users/me', { name: 'Anna Becker', locale: 'de' });
    expect(problems).toEqual([]);
    await context.close();
  });
});
