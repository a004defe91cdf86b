import { describe, expect, it } from 'vitest';
import { newContext, screenshot, startForFile } from './harness.ts';
import { texts } from './locales.ts';

const started = startForFile();

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
    await partner.getByLabel(texts.fr.auth.fields.name).fill('Karim Ben Salah');
    await partner.getByLabel(texts.fr.auth.fields.email).fill('karim@jendouba.example');
    await partner.getByLabel(texts.fr.auth.fields.password).fill('un mot de passe sûr');
    await partner.getByRole('button', { name: texts.fr.auth.register.submit }).click();
    await partner.getByRole('button', { name: texts.fr.invite.accept.submit }).click();
    await partner.waitForURL(/\/p\/[a-f0-9]{24}\//);
    expect(await partner.locator('html').getAttribute('lang')).toBe('fr');

    await partner.getByLabel(texts.fr.language.label).first().selectOption('ar');
    await partner.waitForFunction(() => document.documentElement.dir === 'rtl');
    expect(await partner.locator('html').getAttribute('lang')).toBe('ar');
    await partner.getByRole('link', { name: texts.ar.space.tabs.members }).click();
    await partner.getByRole('main').getByText('Anna Becker').waitFor();
    await screenshot(partner, 'members-ar');

    // The language choice is saved on the account: a new device starts in Arabic after login.
    const elsewhere = await newContext(started.browser, { locale: 'en-GB' });
    const page = await elsewhere.context.newPage();
    await page.goto(`${started.app.url}/login`);
    await page.getByLabel(texts.en.auth.fields.email).fill('karim@jendouba.example');
    await page.getByLabel(texts.en.auth.fields.password).fill('un mot de passe sûr');
    await page.getByRole('button', { name: texts.en.auth.login.submit }).click();
    await page.waitForFunction(() => document.documentElement.dir === 'rtl');

    await owner.reload();
    await owner.getByRole('main').getByText('Karim Ben Salah').first().waitFor();
    expect([...wolfsburg.problems, ...jendouba.problems, ...elsewhere.problems]).toEqual([]);
  });
});
