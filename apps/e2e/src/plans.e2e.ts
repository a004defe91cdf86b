import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { audit, isBlocking } from './axe.ts';
import { apiRequest, demoAccount, logIn as logInAs, removeDemoContent } from './session.ts';
import { isOfflineNoise, newContext, screenshot, startForFile } from './harness.ts';
import { planTexts as p, texts } from './locales.ts';
import {
  documentText,
  newParagraphAtEnd,
  planEditor as editor,
  planStatus as status,
  waitForText,
} from './planEditor.ts';

type Locale = 'de' | 'fr' | 'ar';

const started = startForFile();

const logIn = (page: Page, locale: Locale, email: string) =>
  logInAs(page, started.app.url, locale, demoAccount(email));

/** Anna (owner, German interface) on the plans tab of the demo partnership. */
async function annaInWolfsburgJendouba() {
  const wolfsburg = await newContext(started.browser, {
    locale: 'de-DE',
    timezoneId: 'Europe/Berlin',
  });
  const anna = await wolfsburg.context.newPage();
  await logIn(anna, 'de', 'anna.becker@wolfsburg.example');
  await anna
    .getByRole('link', { name: /Wolfsburg – Jendouba/ })
    .first()
    .click();
  return { wolfsburg, anna };
}

/** Karim (member, French interface) with the plan open and synced. */
async function karimInJendoubaOpens(planUrl: string) {
  const jendouba = await newContext(started.browser, {
    locale: 'fr-FR',
    timezoneId: 'Africa/Tunis',
  });
  const karim = await jendouba.context.newPage();
  // What Karim's browser sends on the plan's collab connection.
  const sent: Buffer[] = [];
  karim.on('websocket', (socket) => {
    if (!socket.url().includes('/collab/')) return;
    socket.on('framesent', ({ payload }) => {
      if (typeof payload !== 'string') sent.push(payload);
    });
  });
  await logIn(karim, 'fr', 'karim.bensalah@jendouba.example');
  await karim.goto(planUrl);
  await status(karim, p.fr.status.saved).waitFor();
  return { jendouba, karim, sent };
}

describe('plans in the browser', () => {
  it('two municipalities write one plan live, in German and Arabic, offline too; the observer only reads', async () => {
    const { wolfsburg, anna } = await annaInWolfsburgJendouba();
    // The demo's plan: its card goes on from the title with the text, without the title again.
    const preview = anna
      .locator('.plan-card', { hasText: 'Quartierspark' })
      .locator('.plan-card__preview bdi');
    expect(await preview.first().innerText()).toBe('Ausgangslage');
    // The heading is set off from the paragraph after it ("Ausgangslage In einem…" read as one):
    // a dot on screen, a full stop for screen readers.
    expect(
      await anna
        .locator('.plan-card', { hasText: 'Quartierspark' })
        .locator('.plan-card__preview')
        .textContent(),
    ).toMatch(/^Ausgangslage\. · In einem/);
    // From here on, from an empty list.
    await removeDemoContent(anna, 'plans');
    await anna.getByRole('heading', { name: p.de.list.emptyTitle }).waitFor();
    await anna.getByRole('button', { name: p.de.list.new }).click();
    await anna.getByLabel(p.de.create.name).fill('Projektplan Stadtgrün');
    await anna.getByRole('radio', { name: new RegExp(p.de.templates.project_plan) }).check();
    await anna.getByRole('button', { name: p.de.create.submit }).click();
    await anna.waitForURL(/\/plans\/[a-f0-9]{24}$/);
    const planUrl = anna.url();
    await editor(anna, 'de').getByRole('heading', { name: 'Projektplan Stadtgrün' }).waitFor();
    await status(anna, p.de.status.saved).waitFor();

    const { jendouba, karim, sent } = await karimInJendoubaOpens(planUrl);

    // Typed in Wolfsburg, seen in Jendouba within 2 s, with Anna's name on her caret.
    await newParagraphAtEnd(anna);
    await anna.keyboard.type('Gemeinsamer Park am Fluss');
    await waitForText(karim, 'Gemeinsamer Park am Fluss', 2000);
    await karim
      .locator('.collaboration-carets__label', { hasText: 'Anna Becker' })
      .waitFor({ timeout: 2000 });
    // Karim's browser does not send Anna's caret back up his (possibly slow) link; his own goes.
    await editor(karim, 'fr').click();
    await anna
      .locator('.collaboration-carets__label', { hasText: 'Karim Ben Salah' })
      .waitFor({ timeout: 2000 });
    expect(sent.filter((frame) => frame.includes('Anna Becker'))).toEqual([]);

    // An Arabic paragraph set right to left beside the German one, on both sides.
    await anna.keyboard.press('Enter');
    await anna.keyboard.type('حديقة مشتركة على ضفة النهر');
    await anna.getByRole('button', { name: p.de.toolbar.direction.rtl }).click();
    // Waits on a fresh query each time: ProseMirror redraws a paragraph whose attributes change.
    const arabic = karim.locator('.ProseMirror[role=textbox] > p[dir="rtl"]', {
      hasText: 'حديقة مشتركة',
    });
    await arabic.waitFor({ timeout: 2000 });
    expect(await arabic.evaluate((element) => getComputedStyle(element).direction)).toBe('rtl');
    const german = karim.locator('.ProseMirror[role=textbox] > p', { hasText: 'Gemeinsamer Park' });
    expect(await german.evaluate((element) => getComputedStyle(element).direction)).toBe('ltr');
    await screenshot(anna, 'plan-editor-de-ar');

    // Jendouba loses the connection, keeps typing, and the text arrives once it is back.
    await jendouba.context.setOffline(true);
    await status(karim, p.fr.status.offline).waitFor();
    await newParagraphAtEnd(karim);
    await karim.getByRole('button', { name: p.fr.toolbar.direction.auto }).click();
    await karim.keyboard.type('Écrit hors ligne à Jendouba');
    await anna.waitForTimeout(500);
    expect(await documentText(anna)).not.toContain('Écrit hors ligne');
    await screenshot(karim, 'plan-editor-offline-fr');
    // Versions and downloads need the server: one note says so (not an error per request), and
    // the version's name typed meanwhile is kept for when the connection is back.
    await karim.getByRole('button', { name: p.fr.versions.title, exact: true }).click();
    await karim.getByText(p.fr.versions.offlineNoList).waitFor();
    expect(await karim.getByRole('alert').count()).toBe(0);
    await karim.getByLabel(p.fr.versions.labelField).fill('Hors ligne');
    await karim.getByLabel(p.fr.versions.labelField).press('Enter');
    const saveVersion = karim.getByRole('button', { name: p.fr.versions.save });
    expect(await saveVersion.getAttribute('aria-disabled')).toBe('true');
    const markdown = karim.getByRole('link', { name: p.fr.export.markdown });
    expect(await markdown.getAttribute('aria-disabled')).toBe('true');
    // Offline, Karim is shown alone; back online, Anna is back in his list at once, not with her
    // next change of caret (it took 3.3 s here, up to 15 s).
    const presentInJendouba = karim.locator('.plan-presence__user');
    expect(await presentInJendouba.count()).toBe(1);
    await jendouba.context.setOffline(false);
    await presentInJendouba.filter({ hasText: 'Anna Becker' }).waitFor({ timeout: 2000 });
    await waitForText(anna, 'Écrit hors ligne à Jendouba', 10_000);
    await status(karim, p.fr.status.saved).waitFor();
    await karim.getByText(p.fr.versions.empty).waitFor({ timeout: 10_000 });
    expect(await markdown.getAttribute('aria-disabled')).toBeNull();
    await saveVersion.click();
    await karim.getByText(p.fr.versions.saved.replace('{{label}}', 'Hors ligne')).waitFor();

    // A task's checkbox is named after the task once (TipTap's hidden copy of the name beside it
    // is not read a second time).
    await newParagraphAtEnd(anna);
    await anna.keyboard.type('[ ] Bänke bestellen');
    const annasTask = anna.getByRole('checkbox', { name: 'Bänke bestellen' });
    expect(await annasTask.getAttribute('aria-label')).toBe(
      p.de.editor.taskCheckbox.replace('{{task}}', 'Bänke bestellen'),
    );
    expect(await annasTask.isDisabled()).toBe(false);
    const hiddenCopies = await anna
      .locator('.ProseMirror label:has(> input[type=checkbox]) > span')
      .evaluateAll((spans) => spans.map((span) => span.getAttribute('aria-hidden')));
    expect(hiddenCopies.length).toBeGreaterThan(0);
    expect(hiddenCopies.every((hidden) => hidden === 'true')).toBe(true);

    // The observer follows live but cannot type.
    const observerContext = await newContext(started.browser, {
      locale: 'ar-TN',
      timezoneId: 'Africa/Tunis',
    });
    const leila = await observerContext.context.newPage();
    await logIn(leila, 'ar', 'leila.trabelsi@jendouba.example');
    await leila.goto(planUrl);
    await status(leila, p.ar.status.upToDate).waitFor();
    await leila.getByText(p.ar.status.readOnly, { exact: true }).waitFor();
    expect(await editor(leila, 'ar').getAttribute('contenteditable')).toBe('false');
    expect(await leila.getByRole('toolbar').count()).toBe(0);
    const before = await documentText(leila);
    await editor(leila, 'ar').click();
    await leila.keyboard.type('لا ينبغي أن يظهر هذا');
    expect(await documentText(leila)).toBe(before);
    // What she types is answered where she looks, and the task cannot be ticked.
    const typingNote = leila.getByRole('status').filter({ hasText: p.ar.editor.readOnlyTyping });
    await typingNote.locator('p').waitFor({ timeout: 2000 });
    expect(await leila.getByRole('checkbox', { name: 'Bänke bestellen' }).isDisabled()).toBe(true);
    await anna.locator('.ProseMirror[role=textbox] > p').last().click();
    await anna.keyboard.press('End');
    await anna.keyboard.type(' – von Leila gelesen');
    await waitForText(leila, 'von Leila gelesen', 2000);
    await screenshot(leila, 'plan-read-only-ar');
    expect(await documentText(anna)).not.toContain('لا ينبغي');

    expect([
      ...wolfsburg.problems,
      ...jendouba.problems.filter((x) => !isOfflineNoise(x)),
      ...observerContext.problems,
    ]).toEqual([]);
  });

  it('a plan title written in Arabic keeps its own direction in the German interface', async () => {
    const { wolfsburg, anna } = await annaInWolfsburgJendouba();
    await anna.getByRole('button', { name: p.de.list.new }).click();
    const title = 'خطة الحديقة 2027.';
    const titleInput = anna.getByLabel(p.de.create.name);
    await titleInput.fill(title);
    const isRtl = (element: Element) => element.matches(':dir(rtl)');
    // The field turns right to left for Arabic, so the full stop stays at the end of the sentence.
    expect(await titleInput.evaluate(isRtl)).toBe(true);
    await anna.getByRole('button', { name: p.de.create.submit }).click();
    await anna.waitForURL(/\/plans\/[a-f0-9]{24}$/);

    // The heading stays where the German layout puts it; only the title inside it is isolated.
    const heading = anna.locator('h1.page-heading', { hasText: title });
    await heading.waitFor();
    await screenshot(anna, 'plan-arabic-title-de');
    expect(await heading.evaluate(isRtl)).toBe(false);
    expect(await heading.evaluate((h) => h.querySelector('bdi')?.matches(':dir(rtl)'))).toBe(true);
    // In sentences and where no markup can go (labels, the window title), the title is wrapped in
    // Unicode isolates, so the German quotes and separators stay on their side of it.
    const isolated = `\u2068${title}\u2069`;
    // The window title names the partnership too (tabs of two partnerships' plans looked alike).
    await expect
      .poll(() => anna.title())
      .toBe(
        texts.de.app.sectionDocumentTitle
          .replace('{{section}}', isolated)
          .replace('{{page}}', 'Wolfsburg – Jendouba'),
      );
    await anna.goBack();
    const card = anna.locator('.plan-card__title bdi', { hasText: title });
    await card.waitFor();
    expect(await card.evaluate(isRtl)).toBe(true);
    const deleteLabel = p.de.list.deleteLabel.replace('{{title}}', isolated);
    await anna.getByRole('button', { name: deleteLabel, exact: true }).waitFor();
    expect(wolfsburg.problems).toEqual([]);
  });

  it('a member demoted while offline is told that what they typed was not saved, and keeps it as a file', async () => {
    const { wolfsburg, anna } = await annaInWolfsburgJendouba();
    await anna.getByRole('button', { name: p.de.list.new }).click();
    await anna.getByLabel(p.de.create.name).fill('Baumpatenschaften');
    await anna.getByRole('button', { name: p.de.create.submit }).click();
    await anna.waitForURL(/\/plans\/[a-f0-9]{24}$/);
    const planUrl = anna.url();
    const partnershipId = new URL(planUrl).pathname.split('/')[2];
    await status(anna, p.de.status.saved).waitFor();

    const { jendouba, karim } = await karimInJendoubaOpens(planUrl);

    // Karim types offline; meanwhile Anna makes him an observer.
    await jendouba.context.setOffline(true);
    await status(karim, p.fr.status.offline).waitFor();
    await newParagraphAtEnd(karim);
    await karim.keyboard.type('Écrit avant de devenir observateur');
    const members = await apiRequest<Array<{ userId: string; email: string }>>(
      anna,
      'GET',
      `/api/partnerships/${partnershipId}/members`,
    );
    const karimId = members.find((m) => m.email === 'karim.bensalah@jendouba.example')?.userId;
    const setKarimRole = (role: string) =>
      apiRequest(anna, 'PATCH', `/api/partnerships/${partnershipId}/members/${karimId}`, { role });
    await setKarimRole('observer');

    // Back online: the server refuses the text; Karim is told instead of seeing "saved".
    await jendouba.context.setOffline(false);
    await karim.getByRole('alert').filter({ hasText: p.fr.refused.text }).waitFor();
    await status(karim, p.fr.status.notSaved).waitFor();
    // His rights are reloaded: the editor stops taking input.
    await karim.locator('.ProseMirror[role=textbox][contenteditable=false]').waitFor();
    await screenshot(karim, 'plan-refused-changes-fr');
    expect((await audit(karim, 'refused changes (fr)')).filter(isBlocking)).toEqual([]);
    expect(await documentText(anna)).not.toContain('Écrit avant');

    // Deleting them before keeping a copy is asked for once more; cancelling keeps everything.
    await karim.getByRole('button', { name: p.fr.refused.discard }).click();
    const confirm = karim.getByRole('dialog', { name: p.fr.refused.confirmTitle });
    await confirm.waitFor();
    expect((await audit(karim, 'refused changes, confirmation (fr)')).filter(isBlocking)).toEqual(
      [],
    );
    await confirm.getByRole('button', { name: texts.fr.common.cancel }).click();
    await confirm.waitFor({ state: 'hidden' });
    expect(await documentText(karim)).toContain('Écrit avant de devenir observateur');

    const download = karim.waitForEvent('download');
    await karim.getByRole('button', { name: p.fr.refused.save }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('Baumpatenschaften.html');
    const saved = await readFile(await file.path(), 'utf8');
    expect(saved).toContain('Écrit avant de devenir observateur');

    // The shared version replaces this device's copy, for good (also after a reload).
    await karim.getByRole('button', { name: p.fr.refused.discard }).click();
    await status(karim, p.fr.status.upToDate).waitFor();
    expect(await documentText(karim)).not.toContain('Écrit avant');
    expect(await karim.getByRole('alert').count()).toBe(0);
    await karim.reload();
    await status(karim, p.fr.status.upToDate).waitFor();
    expect(await documentText(karim)).not.toContain('Écrit avant');

    await setKarimRole('member');
    expect([...wolfsburg.problems, ...jendouba.problems.filter((x) => !isOfflineNoise(x))]).toEqual(
      [],
    );
  });
});
