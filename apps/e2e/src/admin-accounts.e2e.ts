import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { composer } from './chat.ts';
import { newContext, screenshot, startForFile } from './harness.ts';
import { adminTexts, consultationTexts as c, texts } from './locales.ts';
import {
  demoAccount,
  isoDaysFromNow,
  karimInJendouba,
  logIn,
  openDemoPartnership,
} from './session.ts';

const started = startForFile();
const en = adminTexts.en;
const karimName = 'Karim Ben Salah';
const karim = demoAccount('karim.bensalah@jendouba.example');

const isFocused = (page: Page, selector: string) =>
  page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector);

describe('accounts, for administrators', () => {
  it('finds an account by name, deactivates it while the person works, and lets them back in', async () => {
    const office = await newContext(started.browser, { locale: 'en-GB' });
    const admin = await office.context.newPage();
    await logIn(admin, started.app.url, 'en', demoAccount('admin@jumelage.example'));
    const { karim: karimPage } = await karimInJendouba(started.browser, started.app.url);
    await openDemoPartnership(karimPage);
    await karimPage.getByRole('link', { name: texts.fr.space.tabs.consultations }).click();
    await composer(karimPage, 'fr').fill('Je termine le rapport ce soir.');

    await admin.getByRole('link', { name: texts.en.nav.users }).click();
    const accounts = admin.getByRole('list', { name: en.listLabel }).getByRole('listitem');
    await accounts.filter({ hasText: 'Claire Martin' }).waitFor();
    const search = admin.getByRole('searchbox', { name: en.searchLabel });
    // One account found, said to screen readers, and it is Karim's.
    const foundKarimAlone = async () => {
      await admin
        .getByRole('status')
        .getByText(en.found_one.replace('{{count}}', '1'))
        .waitFor({ state: 'attached' });
      expect(await accounts.allInnerTexts()).toEqual([expect.stringContaining(karimName)]);
    };

    // A search without a match says so; "show all" brings the list back and the focus to the search.
    await search.fill('nobody-here');
    await search.press('Enter');
    await admin.getByText(en.noMatch.replace('{{search}}', 'nobody-here')).first().waitFor();
    await admin.getByRole('button', { name: en.showAll }).click();
    await accounts.filter({ hasText: 'Claire Martin' }).waitFor();
    expect(await isFocused(admin, 'input[type="search"]')).toBe(true);
    expect(await search.inputValue()).toBe('');

    // Anna is the demo partnership's only owner: the dialog says so, with a link to its members.
    await admin
      .getByRole('button', { name: en.deactivate.replace('{{name}}', 'Anna Becker') })
      .click();
    const asked = admin.getByRole('dialog', { name: en.deactivateTitle });
    await asked.getByText(en.soleOwner_one.replace('{{name}}', 'Anna Becker')).waitFor();
    expect(
      await asked.getByRole('link', { name: 'Wolfsburg – Jendouba' }).getAttribute('href'),
    ).toMatch(/^\/p\/[a-f0-9]{24}\/members$/);
    await screenshot(admin, 'admin-deactivate-sole-owner-en');
    await asked.getByRole('button', { name: texts.en.common.cancel }).click();
    await asked.waitFor({ state: 'hidden' });

    // Part of the name, any case: Karim's card alone, and the count is announced.
    await search.fill('KARIM');
    await search.press('Enter');
    await foundKarimAlone();
    expect(new URL(admin.url()).searchParams.get('q')).toBe('KARIM');

    await admin.getByRole('button', { name: en.deactivate.replace('{{name}}', karimName) }).click();
    const dialog = admin.getByRole('dialog', { name: en.deactivateTitle });
    await dialog.getByText(en.deactivateText.replace('{{name}}', karimName)).waitFor();
    await screenshot(admin, 'admin-deactivate-dialog-en');
    await dialog.getByRole('button', { name: en.deactivateConfirm, exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
    const card = accounts.filter({ hasText: karimName });
    await card.getByText(en.deactivatedBadge, { exact: true }).waitFor();
    await admin
      .getByRole('status')
      .getByText(en.deactivated.replace('{{name}}', karimName))
      .waitFor({ state: 'attached' });
    // The button swapped for "reactivate" keeps the keyboard user where they were.
    expect(await isFocused(admin, '[data-account-action]')).toBe(true);
    expect(await admin.evaluate(() => document.activeElement?.textContent)).toBe(
      en.reactivate.replace('{{name}}', karimName),
    );

    // The deactivated accounts alone, whatever the search: Karim's (the count is announced).
    const shown = admin.getByRole('combobox', { name: en.statusLabel });
    await search.fill('');
    await shown.selectOption('deactivated');
    await foundKarimAlone();
    expect(new URL(admin.url()).searchParams.get('status')).toBe('deactivated');

    // Karim's open page goes to the sign-in at once, says why, and offers what he was typing;
    // signing in again says the account is deactivated.
    await karimPage.waitForURL(/\/login/);
    await karimPage.getByText(texts.fr.auth.login.ended.title).waitFor();
    const kept = karimPage.getByRole('region', { name: texts.fr.status.kept.title });
    expect(await kept.getByRole('textbox').inputValue()).toBe('Je termine le rapport ce soir.');
    await karimPage.getByLabel(texts.fr.auth.fields.email).fill(karim.email);
    await karimPage.getByLabel(texts.fr.auth.fields.password).fill(karim.password);
    await karimPage.getByRole('button', { name: texts.fr.auth.login.submit }).click();
    await karimPage.getByText(texts.fr.auth.login.deactivated).waitFor();
    await screenshot(karimPage, 'login-deactivated-fr');

    // His partners still see him among the members, marked as deactivated.
    const wolfsburg = await newContext(started.browser);
    const anna = await wolfsburg.context.newPage();
    await logIn(anna, started.app.url, 'de', demoAccount('anna.becker@wolfsburg.example'));
    await openDemoPartnership(anna);
    await anna.getByRole('link', { name: texts.de.space.tabs.members }).click();
    await anna
      .getByRole('listitem')
      .filter({ hasText: karimName })
      .getByText(texts.de.members.deactivated)
      .waitFor();
    // Invited by email to a consultation, his account is said to be deactivated (not "register on
    // the way", which would fail with his address taken).
    await anna.getByRole('link', { name: texts.de.space.tabs.consultations }).click();
    await anna.getByRole('button', { name: c.de.channels.create }).click();
    const form = anna.getByRole('dialog', { name: c.de.form.createTitle });
    await form.getByLabel(c.de.form.title).fill('Mit Karim');
    await form.getByLabel(c.de.form.startsAt).fill(`${isoDaysFromNow(3)}T09:00`);
    await form.getByLabel(c.de.form.endsAt).fill(`${isoDaysFromNow(3)}T10:00`);
    await form.getByLabel(c.de.form.expertEmails, { exact: true }).fill(karim.email);
    const seenBefore = wolfsburg.problems.length;
    await form.getByRole('button', { name: c.de.form.create }).click();
    await form.getByText(texts.de.validation.deactivated).waitFor();
    expect(await form.getByText(c.de.form.expertEmailUnknown).count()).toBe(0);
    // The refusal (400) is the only problem it leaves in the console.
    expect(wolfsburg.problems.splice(seenBefore)).toEqual([expect.stringContaining('400')]);

    await admin.getByRole('button', { name: en.reactivate.replace('{{name}}', karimName) }).click();
    await admin
      .getByRole('status')
      .getByText(en.reactivated.replace('{{name}}', karimName))
      .waitFor({ state: 'attached' });
    expect(await card.getByText(en.deactivatedBadge, { exact: true }).count()).toBe(0);
    expect(await admin.evaluate(() => document.activeElement?.textContent)).toBe(
      en.deactivate.replace('{{name}}', karimName),
    );
    await karimPage.getByRole('button', { name: texts.fr.auth.login.submit }).click();
    await karimPage.waitForURL((url) => !url.pathname.startsWith('/login'));
    // Once he is back, no account is deactivated; "show all" lists everyone again.
    await shown.selectOption('');
    await accounts.filter({ hasText: 'Claire Martin' }).waitFor();
    await shown.selectOption('deactivated');
    await admin.getByText(en.noneDeactivated).first().waitFor();
    await admin.getByRole('button', { name: en.showAll }).click();
    await accounts.filter({ hasText: 'Claire Martin' }).waitFor();
    expect(await shown.inputValue()).toBe('');

    // On a phone the cards fit the screen: nothing scrolls sideways.
    await admin.setViewportSize({ width: 390, height: 844 });
    expect(await admin.evaluate(() => document.documentElement.scrollWidth)).toBe(390);
    await screenshot(admin, 'admin-users-phone-en');
    for (const problems of [office.problems, wolfsburg.problems]) expect(problems).toEqual([]);
  });
});
