import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  bubble,
  composer,
  openConsultations as openChat,
  openPartnersChat,
  send,
  unfoldConsultation,
} from './chat.ts';
import { loseAnswers, newContext, startForFile } from './harness.ts';
import { consultationTexts as c, texts } from './locales.ts';

const started = startForFile();
const consultation = 'Bewässerung des Quartiersparks · Irrigation du parc';

const openConsultations = (page: Page, locale: 'de' | 'fr', email: string) =>
  openChat(page, started.app.url, locale, email);

/** Opens the "⋯" menu of the viewer's message holding `text`. */
const menuOf = (page: Page, text: string) =>
  page.locator('.message', { hasText: text }).locator('summary');

/** Deletes the French viewer's message holding `text` through its menu and the confirmation. */
async function deleteOwn(page: Page, text: string) {
  await menuOf(page, text).click();
  await page.getByRole('button', { name: c.fr.messages.delete }).click();
  await page.getByRole('dialog').getByRole('button', { name: c.fr.messages.deleteConfirm }).click();
}

describe('writing in the chat', () => {
  it('keeps a draft per channel, never repeats an old message as news, says an edit, folds its menus', async () => {
    const { wolfsburg, jendouba, anna, karim } = await openPartnersChat(
      started.browser,
      started.app.url,
    );

    // Right after the section's tabs, a skip link leads to the message box (about 30 Tab stops).
    // It shows only when focused (it used to show over the partnership's description).
    const skip = anna.getByRole('link', { name: c.de.composer.skipTo });
    expect((await skip.boundingBox())?.width).toBeLessThanOrEqual(1);
    await anna.getByRole('link', { name: texts.de.space.tabs.members }).focus();
    await anna.keyboard.press('Tab');
    expect(await skip.evaluate((link) => link === document.activeElement)).toBe(true);
    expect((await skip.boundingBox())?.width).toBeGreaterThan(100);
    await anna.keyboard.press('Enter');
    expect(await composer(anna, 'de').evaluate((box) => box === document.activeElement)).toBe(true);

    // A draft survives a visit to another channel and a reload (it was lost without a word).
    await composer(anna, 'de').fill('Entwurf für Jendouba');
    await anna.getByRole('link', { name: /Bewässerung des Quartiersparks/ }).click();
    await composer(anna, 'de', consultation).waitFor();
    expect(await composer(anna, 'de', consultation).inputValue()).toBe('');
    await anna.getByRole('link', { name: new RegExp(c.de.channels.general) }).click();
    expect(await composer(anna, 'de').inputValue()).toBe('Entwurf für Jendouba');
    await anna.reload();
    await expect.poll(() => composer(anna, 'de').inputValue()).toBe('Entwurf für Jendouba');

    // A paste longer than a message may be stays whole, and what is too much is said (it was cut
    // at 4000 characters without a word).
    const minutes = `Protokoll: ${'Die Bäume werden im Herbst gepflanzt. '.repeat(106)}`.trim();
    const over = minutes.length - 4000;
    expect(over).toBeGreaterThan(1);
    await composer(anna, 'de').fill(minutes);
    const sendButton = anna.getByRole('button', { name: c.de.composer.send });
    await anna
      .getByRole('alert')
      .filter({ hasText: c.de.composer.tooLong_other.replace('{{count}}', String(over)) })
      .waitFor();
    expect(await composer(anna, 'de').inputValue()).toBe(minutes);
    expect(await sendButton.isDisabled()).toBe(true);
    await composer(anna, 'de').fill(minutes.slice(0, 4000));
    await anna.getByText(c.de.composer.hint).waitFor();
    expect(await sendButton.isDisabled()).toBe(false);
    await composer(anna, 'de').fill('Entwurf für Jendouba');

    // Deleting the newest message does not read the one before out again as news.
    const live = anna.locator('[aria-live="polite"]');
    await send(karim, 'fr', 'Premier point');
    await bubble(anna, 'Premier point').waitFor();
    await send(karim, 'fr', 'Deuxième point');
    await expect.poll(() => live.textContent(), { timeout: 10_000 }).toContain('Deuxième point');
    await deleteOwn(karim, 'Deuxième point');
    await expect.poll(() => live.textContent(), { timeout: 10_000 }).toBe('');
    expect(await live.textContent()).not.toContain('Premier point');

    // An edit is said as one.
    await menuOf(karim, 'Premier point').click();
    await karim.getByRole('button', { name: c.fr.messages.edit }).click();
    const editor = karim.getByLabel(c.fr.messages.editLabel);
    await editor.fill('Premier point, corrigé');
    await editor.press('Enter');
    await send(karim, 'fr', 'Troisième point');
    await menuOf(karim, 'Troisième point').click();
    await karim.getByRole('button', { name: c.fr.messages.edit }).click();
    await editor.fill('Troisième point, corrigé');
    await editor.press('Enter');
    await expect
      .poll(() => live.textContent(), { timeout: 10_000 })
      .toBe(
        c.de.messages.announceEdited
          .replace('{{name}}', 'Karim Ben Salah')
          .replace('{{text}}', 'Troisième point, corrigé'),
      );

    // Emptied, an edit says that a message cannot be empty (it was cancelled without a word).
    await menuOf(karim, 'Troisième point').click();
    await karim.getByRole('button', { name: c.fr.messages.edit }).click();
    await editor.fill('');
    await editor.press('Enter');
    await karim.getByRole('alert').filter({ hasText: c.fr.messages.editEmpty }).waitFor();
    await editor.press('Escape');

    // A click elsewhere folds a message's menu (several stayed open at once).
    await menuOf(karim, 'Troisième point').click();
    await karim.getByRole('button', { name: c.fr.messages.edit }).waitFor();
    await menuOf(karim, 'Premier point').click();
    expect(await karim.locator('details[open]').count()).toBe(1);
    await karim.getByRole('heading', { name: texts.fr.space.tabs.consultations }).click();
    expect(await karim.locator('details[open]').count()).toBe(0);

    expect([...wolfsburg.problems, ...jendouba.problems]).toEqual([]);
    await Promise.all([wolfsburg.context.close(), jendouba.context.close()]);
  });

  it('shows addresses left to right in Arabic, and a cancelled delete gives the focus back to the menu', async () => {
    const { wolfsburg, jendouba, anna, karim } = await openPartnersChat(
      started.browser,
      started.app.url,
    );
    const arabic = 'راجع الملف https://example.org/ar/خطة-الحديقة?x=1 شكرا';
    await send(karim, 'fr', arabic);
    // The address reads from "https" on the left to its Arabic end on the right, for both (asked
    // again until the message is drawn as stored: a pending one is replaced).
    const parts = ['https', 'example.org', 'خطة', 'x=1'];
    const leftToRight = (page: Page) =>
      page.locator('.messages a', { hasText: 'example.org' }).evaluate((anchor, parts) => {
        const text = anchor.firstChild;
        const left = (part: string) => {
          const at = text?.textContent?.indexOf(part) ?? -1;
          if (!text || at < 0) return NaN;
          const range = document.createRange();
          range.setStart(text, at);
          range.setEnd(text, at + part.length);
          return range.getBoundingClientRect().left;
        };
        return [...parts].sort((a, b) => left(a) - left(b));
      }, parts);
    for (const page of [karim, anna]) await expect.poll(() => leftToRight(page)).toEqual(parts);

    // Delete, then cancel, by keyboard: the focus is back on the message's menu button (it fell
    // to the page, as the "delete" it came from was folded away).
    const menu = menuOf(karim, 'example.org');
    await menu.focus();
    await karim.keyboard.press('Enter');
    await karim.getByRole('button', { name: c.fr.messages.delete }).focus();
    await karim.keyboard.press('Enter');
    await karim.getByRole('dialog').waitFor();
    await karim.keyboard.press('Escape');
    await karim.getByRole('dialog').waitFor({ state: 'hidden' });
    await expect
      .poll(() => menu.evaluate((summary) => summary === document.activeElement))
      .toBe(true);
    expect(await bubble(karim, 'example.org').count()).toBe(1);

    expect([...wolfsburg.problems, ...jendouba.problems]).toEqual([]);
    await Promise.all([wolfsburg.context.close(), jendouba.context.close()]);
  });

  it('shows the year of a consultation not this year, says what is wrong with its times, calls it off', async () => {
    const wolfsburg = await newContext(started.browser, { locale: 'de-DE' });
    const anna = await wolfsburg.context.newPage();
    await openConsultations(anna, 'de', 'anna.becker@wolfsburg.example');
    await anna.getByRole('button', { name: c.de.channels.create }).click();
    const dialog = anna.getByRole('dialog');
    const [start, end] = [
      dialog.getByLabel(c.de.form.startsAt),
      dialog.getByLabel(c.de.form.endsAt),
    ];
    await dialog.getByLabel(c.de.form.title).fill('Nachtrag: Besuch in Jendouba');

    // 02:30 does not exist in Berlin the night the clocks go forward (it said "end before start").
    await start.fill('2027-03-28T02:30');
    await end.fill('2027-03-28T03:15');
    await dialog.getByRole('button', { name: c.de.form.create }).click();
    const skipped = dialog.getByText(c.de.form.timeSkipped.split('{{timeZone}}')[0] ?? '');
    await skipped.waitFor();
    // The zone as people read it (it said "Europe/Berlin"), in the message and the legend.
    const berlin = /Berlin \(UTC\+0[12]:00\)/;
    expect(await skipped.innerText()).toMatch(berlin);
    expect(await dialog.locator('legend').first().innerText()).toMatch(berlin);
    expect(await start.evaluate((input) => input === document.activeElement)).toBe(true);

    // The end before the start is said at once beside a missing title (it came only once the
    // browser's own checks passed, at the next save).
    const title = dialog.getByLabel(c.de.form.title);
    await title.fill('');
    await start.fill('2027-03-28T09:00');
    await end.fill('2027-03-28T08:00');
    await dialog.getByRole('button', { name: c.de.form.create }).click();
    const endError = dialog.getByText(c.de.form.endBeforeStart);
    await endError.waitFor();
    await dialog.getByText(texts.de.validation.required).waitFor();
    await title.fill('Nachtrag: Besuch in Jendouba');
    // A corrected time takes the error away at once (it stayed until the next save).
    await end.fill('2027-03-28T10:00');
    await endError.waitFor({ state: 'detached' });

    // The form says what the times are in Jendouba before anyone is invited, and the legend gives
    // Berlin's offset on the day chosen (it gave today's: UTC+01:00 for a date in July).
    const legend = dialog.locator('legend').first();
    const preview = dialog.locator('.consultation-fields__times');
    await start.fill('2027-07-15T10:00');
    await end.fill('2027-07-15T11:30');
    await expect.poll(() => legend.innerText()).toMatch(/Berlin \(UTC\+02:00\)/);
    await expect
      .poll(() => preview.innerText())
      .toMatch(/Ihre Zeit:[^]*10:00[^]*11:30[^]*In Jendouba:[^]*09:00[^]*10:30/);
    await start.fill('2027-01-15T10:00');
    await end.fill('2027-01-15T11:30');
    await expect.poll(() => legend.innerText()).toMatch(/Berlin \(UTC\+01:00\)/);
    await expect.poll(() => preview.innerText()).toMatch(/10:00[^]*11:30[^]*\(auch in Jendouba\)/);

    // A start in the past is allowed, and said; the list names its year.
    await start.fill('2020-01-15T09:00');
    await end.fill('2020-01-15T10:00');
    await dialog.getByText(c.de.form.startInPast).waitFor();
    await dialog.getByRole('button', { name: c.de.form.create }).click();
    await dialog.waitFor({ state: 'detached' });
    const listed = anna.getByRole('link', { name: /Nachtrag: Besuch in Jendouba/ });
    expect(await listed.innerText()).toContain('2020');
    expect(
      await anna.getByRole('link', { name: /Bewässerung des Quartiersparks/ }).innerText(),
    ).not.toMatch(/20\d\d/);

    // Called off, it shows as cancelled for everyone at once, its messages kept; and back on.
    const jendouba = await newContext(started.browser, {
      locale: 'fr-FR',
      timezoneId: 'Africa/Tunis',
    });
    const karim = await jendouba.context.newPage();
    await openConsultations(karim, 'fr', 'karim.bensalah@jendouba.example');
    const karimsLink = karim.getByRole('link', { name: /Nachtrag: Besuch in Jendouba/ });
    // Over, it is folded away with the past ones, below "schedule a consultation".
    const pastFold = karim.locator('.channel-past');
    await pastFold.locator('summary').waitFor();
    expect(await pastFold.getAttribute('open')).toBeNull();
    await pastFold.locator('summary').click();
    await karimsLink.waitFor();
    await anna.getByRole('heading', { name: 'Nachtrag: Besuch in Jendouba' }).waitFor();
    await unfoldConsultation(anna);
    await anna.getByRole('button', { name: c.de.consultation.cancel }).click();
    await anna
      .getByRole('dialog')
      .getByRole('button', { name: c.de.consultation.cancelConfirm })
      .click();
    await listed.getByText(c.de.phases.cancelled).waitFor();
    await karimsLink.getByText(c.fr.phases.cancelled).waitFor();
    // The button pressed is gone: the focus is on the one that took its place, not on the page.
    await expect
      .poll(() => anna.evaluate(() => document.activeElement?.textContent))
      .toBe(c.de.consultation.restore);
    await anna.keyboard.press('Enter');
    await karimsLink.getByText(c.fr.phases.past).waitFor();
    await expect
      .poll(() => anna.evaluate(() => document.activeElement?.textContent))
      .toBe(c.de.consultation.cancel);

    expect([...wolfsburg.problems, ...jendouba.problems]).toEqual([]);
    await Promise.all([wolfsburg.context.close(), jendouba.context.close()]);
  });

  it('on a touch screen, Enter starts a new line and the button sends', async () => {
    const phone = await started.browser.newContext({
      locale: 'de-DE',
      timezoneId: 'Europe/Berlin',
      viewport: { width: 390, height: 844 },
      hasTouch: true,
      isMobile: true,
      serviceWorkers: 'block',
    });
    const anna = await phone.newPage();
    await openConsultations(anna, 'de', 'anna.becker@wolfsburg.example');
    expect(await anna.evaluate(() => matchMedia('(pointer: coarse)').matches)).toBe(true);
    await anna.getByText(c.de.composer.hintTouch).waitFor();
    await composer(anna, 'de').fill('');
    await composer(anna, 'de').pressSequentially('Erste Zeile');
    await composer(anna, 'de').press('Enter');
    await composer(anna, 'de').pressSequentially('zweite Zeile');
    expect(await composer(anna, 'de').inputValue()).toBe('Erste Zeile\nzweite Zeile');
    await anna.getByRole('button', { name: c.de.composer.send }).tap();
    expect(await bubble(anna, 'zweite Zeile').innerText()).toContain('Erste Zeile');
    await phone.close();
  });
  it('shows an edit and a delete whose answer was lost once the server has made them', async () => {
    const jendouba = await newContext(started.browser, {
      locale: 'fr-FR',
      timezoneId: 'Africa/Tunis',
    });
    const karim = await jendouba.context.newPage();
    // The link stalls past the app's wait and then delivers: the server makes the change, but its
    // answer is lost. The editor stayed open with "server unreachable, try again" and the old
    // text came back on cancel; the bubble stayed until a reload.
    await loseAnswers(karim, ['message:edit', 'message:delete']);
    await openConsultations(karim, 'fr', 'karim.bensalah@jendouba.example');
    await send(karim, 'fr', 'Point à corriger');
    await bubble(karim, 'Point à corriger').waitFor();

    await menuOf(karim, 'Point à corriger').click();
    await karim.getByRole('button', { name: c.fr.messages.edit }).click();
    const editor = karim.getByLabel(c.fr.messages.editLabel);
    await editor.fill('Point corrigé');
    await editor.press('Enter');
    // Well before the app gives up waiting (10 s), the change shows and the editor closes.
    await bubble(karim, 'Point corrigé').waitFor({ timeout: 5_000 });
    expect(await editor.count()).toBe(0);

    await deleteOwn(karim, 'Point corrigé');
    await bubble(karim, 'Point corrigé').waitFor({ state: 'detached', timeout: 5_000 });
    await karim.locator('.message', { hasText: c.fr.messages.deleted }).last().waitFor();
    expect(await karim.getByRole('alert').count()).toBe(0);
    expect(jendouba.problems).toEqual([]);
    await jendouba.context.close();
  });
});
