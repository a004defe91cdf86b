import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { composer, openConsultations } from './chat.ts';
import { newContext, screenshot, startForFile } from './harness.ts';
import { milestoneTexts as m, texts } from './locales.ts';
import {
  apiRequest,
  demoAccount,
  demoPartnershipId,
  logIn,
  openDemoPartnership,
} from './session.ts';

const started = startForFile();

const ownId = (page: Page) =>
  page.evaluate(async () => {
    const me: { data: { id: string } } = await (await fetch('/api/auth/me')).json();
    return me.data.id;
  });

/** The texts the "no longer a member" page offers to copy, by label. */
const keptTexts = async (page: Page, locale: 'fr' | 'de') => {
  const section = page.getByRole('region', { name: texts[locale].status.kept.title });
  await section.waitFor();
  const fields = section.getByRole('textbox');
  return Object.fromEntries(
    await Promise.all(
      (await fields.all()).map(async (field) => [
        await field.evaluate((element) =>
          element instanceof HTMLTextAreaElement ? (element.labels[0]?.textContent ?? '') : '',
        ),
        await field.inputValue(),
      ]),
    ),
  );
};

describe('a member removed while writing', () => {
  it('keeps the milestone and the message they were typing, to copy, on the page that says they were removed', async () => {
    const jendouba = await newContext(started.browser, { locale: 'fr-FR' });
    const karim = await jendouba.context.newPage();
    await logIn(karim, started.app.url, 'fr', demoAccount('karim.bensalah@jendouba.example'));
    await openDemoPartnership(karim);
    // A message begun in the chat, left there for the board (the box is no longer on screen).
    await karim.getByRole('link', { name: texts.fr.space.tabs.consultations }).click();
    await composer(karim, 'fr').fill('Je reviens vers vous demain.');
    await karim.getByRole('link', { name: texts.fr.space.tabs.milestones }).click();
    await karim.getByRole('button', { name: m.fr.board.new }).click();
    const dialog = karim.getByRole('dialog', { name: m.fr.form.createTitle });
    await dialog.getByLabel(m.fr.fields.title).fill('Fontaine du parc');
    await dialog
      .getByLabel(m.fr.fields.description)
      .fill('Devis de trois entreprises,\nà comparer.');

    const experts = await newContext(started.browser);
    const sofia = await experts.context.newPage();
    await openConsultations(sofia, started.app.url, 'de', 'sofia.richter@experts.example');
    await composer(sofia, 'de').fill('Mein Gutachten zur Bewässerung folgt morgen.');

    const wolfsburg = await newContext(started.browser);
    const anna = await wolfsburg.context.newPage();
    await logIn(anna, started.app.url, 'de', demoAccount('anna.becker@wolfsburg.example'));
    const partnershipId = await demoPartnershipId(anna);
    for (const page of [karim, sofia]) {
      await apiRequest(
        anna,
        'DELETE',
        `/api/partnerships/${partnershipId}/members/${await ownId(page)}`,
      );
    }

    await karim.getByRole('heading', { name: texts.fr.status.noLongerMember.title }).waitFor();
    // Each under its field and the form it came from.
    const kept = (field: string) =>
      texts.fr.status.kept.label
        .replace('{{field}}', field)
        .replace('{{source}}', m.fr.form.createTitle);
    expect(await keptTexts(karim, 'fr')).toEqual({
      [kept(m.fr.fields.title)]: 'Fontaine du parc',
      [kept(m.fr.fields.description)]: 'Devis de trois entreprises,\nà comparer.',
      [texts.fr.status.kept.unsentMessage]: 'Je reviens vers vous demain.',
    });
    // The dialog that had the focus went with the space: the focus is kept in the page.
    expect(await karim.evaluate(() => document.activeElement?.tagName)).not.toBe('BODY');
    // Each copy button names what it copies.
    await karim
      .getByRole('button', {
        name: texts.fr.common.copyField.replace('{{label}}', kept(m.fr.fields.title)),
      })
      .waitFor();
    await screenshot(karim, 'removed-member-kept-fr');
    await sofia.getByRole('heading', { name: texts.de.status.noLongerMember.title }).waitFor();
    // Her message box had the focus and went with the space: the page's heading takes it.
    expect(await sofia.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    expect(Object.values(await keptTexts(sofia, 'de'))).toEqual([
      'Mein Gutachten zur Bewässerung folgt morgen.',
    ]);

    expect([...jendouba.problems, ...experts.problems, ...wolfsburg.problems]).toEqual([]);
    await Promise.all([
      jendouba.context.close(),
      experts.context.close(),
      wolfsburg.context.close(),
    ]);
  });
});
