import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { demoAccount, logIn as logInAs } from './session.ts';
import { audit, isBlocking } from './axe.ts';
import { newContext, screenshot, startForFile } from './harness.ts';
import { focusedText } from './keyboard.ts';
import { anyValues, planTexts as p } from './locales.ts';
import {
  createPlan,
  documentText,
  karimOpensPlan,
  newParagraphAtEnd,
  planEditor as editor,
  planStatus as status,
  waitForText,
} from './planEditor.ts';

const started = startForFile();

/** Anna (owner, German) creates a blank plan and types its first paragraph; returns its address. */
async function annaWritesNewPlan(title: string, firstLine: string) {
  const wolfsburg = await newContext(started.browser, {
    locale: 'de-DE',
    timezoneId: 'Europe/Berlin',
  });
  const anna = await wolfsburg.context.newPage();
  await logInAs(anna, started.app.url, 'de', demoAccount('anna.becker@wolfsburg.example'));
  await anna
    .getByRole('link', { name: /Wolfsburg – Jendouba/ })
    .first()
    .click();
  await anna.getByRole('button', { name: p.de.list.new }).click();
  await anna.getByLabel(p.de.create.name).fill(title);
  await anna.getByRole('radio', { name: new RegExp(p.de.templates.blank) }).check();
  await anna.getByRole('button', { name: p.de.create.submit }).click();
  await anna.waitForURL(/\/plans\/[a-f0-9]{24}$/);
  await status(anna, p.de.status.saved).waitFor();
  await editor(anna, 'de').click();
  await anna.keyboard.type(firstLine);
  await status(anna, p.de.status.saved).waitFor();
  return { wolfsburg, anna, planUrl: anna.url() };
}

const karimOpens = (planUrl: string) => karimOpensPlan(started.browser, started.app.url, planUrl);

/** Creates a plan written in Arabic in the partnership Anna is in, and opens it in her page. */
async function openNewArabicPlan(anna: Page, title: string, templateKey: 'blank' | 'project_plan') {
  const partnershipId = new URL(anna.url()).pathname.split('/')[2] ?? '';
  const plan = await createPlan(anna, partnershipId, { title, templateKey, locale: 'ar' });
  await anna.goto(anna.url().replace(/[a-f0-9]{24}$/, plan.id));
  await status(anna, p.de.status.saved).waitFor();
}

describe('versions and text direction of plans in the browser', () => {
  it('after a restore, undo never brings back what it replaced; everyone sees the new version and who restored', async () => {
    const version = 'Fassung eins: Der Park bekommt 40 Bäume.';
    const { wolfsburg, anna, planUrl } = await annaWritesNewPlan('Parkplan Versionen', version);

    // Karim has the plan open with the versions panel; focus moves into the panel as it opens.
    const { jendouba, karim } = await karimOpens(planUrl);
    // In his French interface, the German plan's title is marked German (WCAG 3.1.2).
    expect(await karim.locator('h1.page-heading bdi').getAttribute('lang')).toBe('de');
    await karim.getByRole('button', { name: p.fr.versions.title, exact: true }).click();
    await karim.getByText(p.fr.versions.empty).waitFor();
    expect(await focusedText(karim)).toBe(p.fr.versions.title);

    // Anna saves a version: it appears in Karim's open panel without reloading.
    await anna.getByRole('button', { name: p.de.versions.title, exact: true }).click();
    await anna.getByLabel(p.de.versions.labelField).fill('Vor der Ratssitzung');
    await anna.getByRole('button', { name: p.de.versions.save }).click();
    await anna.getByText(p.de.versions.saved.replace('{{label}}', 'Vor der Ratssitzung')).waitFor();
    await karim
      .getByRole('button', {
        name: p.fr.versions.restoreLabel.replace('{{label}}', 'Vor der Ratssitzung'),
      })
      .waitFor({ timeout: 5000 });
    // Viewed in his French interface, the German plan's version is read in German.
    await karim
      .getByRole('button', {
        name: p.fr.versions.viewLabel.replace('{{label}}', 'Vor der Ratssitzung'),
      })
      .click();
    const viewed = karim.locator('.version-dialog .plan-document');
    await viewed.getByText(version).waitFor();
    expect(await viewed.getAttribute('lang')).toBe('de');
    await karim.getByRole('button', { name: p.fr.versions.close, exact: true }).click();

    // Anna replaces her text, then restores the version.
    await editor(anna, 'de').click();
    await anna.keyboard.press('Control+a');
    await anna.keyboard.type('Ganz anderer Text.');
    await waitForText(karim, 'Ganz anderer Text.', 5000);
    await anna
      .getByRole('button', {
        name: p.de.versions.restoreLabel.replace('{{label}}', 'Vor der Ratssitzung'),
      })
      .click();
    await anna.getByRole('button', { name: p.de.versions.restoreConfirm }).click();
    await waitForText(karim, version, 5000);
    // Focus comes back to the panel instead of falling to the page.
    await anna.waitForFunction(
      (title) => document.activeElement?.textContent === title,
      p.de.versions.title,
    );
    const restoredAt = (template: string) =>
      anyValues(
        template.replace('{{name}}', 'Anna Becker').replace('{{label}}', 'Vor der Ratssitzung'),
      );
    await karim.getByText(restoredAt(p.fr.versions.restoredBy)).waitFor();
    await anna.getByText(restoredAt(p.de.versions.restoredByYou)).waitFor();
    await screenshot(karim, 'plan-restored-fr');
    // What the restore replaced is kept as a version, named in each reader's language, and
    // Karim's notice says where to find it.
    // It is named by the restore's time, in each reader's language and time format.
    const anyTime = anyValues;
    const keptFr = p.fr.versions.replaced;
    const keptDe = p.de.versions.replaced;
    await karim.getByText(anyTime(p.fr.versions.keptBefore.replace('{{kept}}', keptFr))).waitFor();
    await karim
      .getByRole('button', { name: anyTime(p.fr.versions.viewLabel.replace('{{label}}', keptFr)) })
      .click();
    await karim.locator('.version-dialog .plan-document').getByText('Ganz anderer Text.').waitFor();
    await karim.getByRole('button', { name: p.fr.versions.close, exact: true }).click();
    await anna
      .getByRole('button', { name: anyTime(p.de.versions.viewLabel.replace('{{label}}', keptDe)) })
      .waitFor();
    // Dismissed by keyboard, the notice hands the focus to the text.
    await anna.getByRole('button', { name: p.de.versions.dismiss, exact: true }).press('Enter');
    expect(
      await anna.evaluate(() => document.activeElement?.classList.contains('plan-document')),
    ).toBe(true);

    // Undo in Anna's editor: before, it put her replaced text back beside the restored copy.
    await editor(anna, 'de').click();
    await anna.keyboard.press('Control+z');
    await anna.keyboard.press('Control+z');
    await anna.waitForTimeout(500);
    expect((await documentText(anna)).trim()).toBe(version);
    expect((await documentText(karim)).trim()).toBe(version);

    // Karim corrects the version's name; Anna's open panel follows, and the text stays.
    const renamed = 'Vor der Ratssitzung am 3. März';
    await karim
      .getByRole('button', {
        name: p.fr.versions.renameLabel.replace('{{label}}', 'Vor der Ratssitzung'),
      })
      .click();
    const renameDialog = karim.getByRole('dialog', { name: p.fr.versions.renameTitle });
    const nameField = renameDialog.getByLabel(p.fr.versions.labelField);
    expect(await nameField.inputValue()).toBe('Vor der Ratssitzung');
    await nameField.fill(renamed);
    expect((await audit(karim, 'rename version (fr)')).filter(isBlocking)).toEqual([]);
    await nameField.press('Enter');
    await karim.getByText(p.fr.versions.renamed.replace('{{label}}', renamed)).waitFor();
    expect(await focusedText(karim)).toBe(p.fr.versions.rename);
    await anna
      .getByRole('button', { name: p.de.versions.restoreLabel.replace('{{label}}', renamed) })
      .waitFor({ timeout: 5000 });
    // In either order: the list is by id, and the version's id (chosen by the browser) and the
    // kept one's (by the server) may fall in the same second (a local run).
    const listed = await anna.locator('.plan-versions li').allInnerTexts();
    expect(listed).toHaveLength(2);
    expect(listed).toEqual(
      expect.arrayContaining([
        expect.stringMatching(anyTime(keptDe)),
        expect.stringContaining(renamed),
      ]),
    );
    await screenshot(anna, 'plan-version-renamed-de');
    expect((await documentText(anna)).trim()).toBe(version);
    expect([...wolfsburg.problems, ...jendouba.problems]).toEqual([]);
    await wolfsburg.context.close();
    await jendouba.context.close();
  });

  it('a paragraph marked as French is read in French by everyone, keeps its language for the next one and in the export', async () => {
    const { wolfsburg, anna, planUrl } = await annaWritesNewPlan('Parkplan Sprachen', 'Der Park');
    const french = 'Les deux villes plantent quarante arbres.';
    const { jendouba, karim } = await karimOpens(planUrl);

    // Anna types French in her German plan: the toolbar says the paragraph is read in German.
    await newParagraphAtEnd(anna);
    await anna.keyboard.type(french);
    const languageButton = (code: string) =>
      anna.getByRole('button', { name: p.de.toolbar.language.replace('{{code}}', code) });
    // By keyboard, as from the toolbar's tab stop (a click keeps the focus in the text instead).
    await languageButton('DE').focus();
    await anna.keyboard.press('Enter');
    const dialog = anna.getByRole('dialog', { name: p.de.language.title });
    await dialog.getByRole('radio', { name: p.de.language.automatic }).waitFor();
    expect(await dialog.getByRole('radio', { name: p.de.language.automatic }).isChecked()).toBe(
      true,
    );
    expect((await audit(anna, 'language dialog')).filter(isBlocking)).toEqual([]);
    await screenshot(anna, 'plan-language-dialog-de');
    // The arrow keys move through the choices (Automatisch, Deutsch, Français…).
    await anna.keyboard.press('ArrowDown');
    await anna.keyboard.press('ArrowDown');
    expect(await dialog.getByRole('radio', { name: 'Français' }).isChecked()).toBe(true);
    await anna.keyboard.press('Enter');
    await dialog.waitFor({ state: 'hidden' });
    // Focus goes back to the button, which now names the paragraph's language; the text is marked.
    await anna.waitForFunction(() => document.activeElement?.textContent === 'FR');
    await languageButton('FR').waitFor();

    const paragraph = (page: Page) => page.locator('.ProseMirror p', { hasText: french });
    expect(await paragraph(anna).getAttribute('lang')).toBe('fr');
    await paragraph(karim).and(karim.locator('[lang="fr"]')).waitFor({ timeout: 5000 });
    expect(
      await karim.locator('.ProseMirror p', { hasText: 'Der Park' }).getAttribute('lang'),
    ).toBeNull();

    // Enter at the end of the French paragraph: the next one is French too.
    await paragraph(anna).click();
    await anna.keyboard.press('End');
    await anna.keyboard.press('Enter');
    await anna.keyboard.type('Le chantier commence en mars.');
    await languageButton('FR').waitFor();
    await status(anna, p.de.status.saved).waitFor();
    await screenshot(anna, 'plan-language-fr-de');
    // Opened again there, the dialog starts on "Français", and so does the focus.
    await languageButton('FR').focus();
    await anna.keyboard.press('Enter');
    await dialog.getByRole('radio', { name: 'Français' }).waitFor();
    expect(await dialog.getByRole('radio', { name: 'Français' }).isChecked()).toBe(true);
    expect(
      await anna.evaluate(() =>
        document.activeElement instanceof HTMLInputElement ? document.activeElement.value : null,
      ),
    ).toBe('fr');
    await anna.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });

    // The printable export reads the same paragraphs in French, the rest in the plan's German.
    const planId = planUrl.split('/').pop();
    const html = await anna.evaluate(
      async (url) => (await fetch(url)).text(),
      `/api/plans/${planId}/export?format=html`,
    );
    expect(html).toContain('<html lang="de"');
    expect(html).toContain(`<p dir="auto" lang="fr">${french}</p>`);
    expect(html).toContain('<p dir="auto" lang="fr">Le chantier commence en mars.</p>');
    expect(html).toContain('<p dir="auto">Der Park</p>');

    // The plan list's preview reads the French lines in French too (it follows live).
    await anna.goto(anna.url().replace(/\/[a-f0-9]{24}$/, ''));
    const card = anna.locator('.plan-card', { hasText: 'Parkplan Sprachen' });
    await card.locator('.plan-card__preview bdi[lang="fr"]', { hasText: french }).waitFor();
    expect(await card.locator('bdi', { hasText: 'Der Park' }).getAttribute('lang')).toBeNull();
    expect([...wolfsburg.problems, ...jendouba.problems]).toEqual([]);
    await wolfsburg.context.close();
    await jendouba.context.close();
  });

  it('new paragraphs, list items and template slots follow their own text; empty ones start at the right in an Arabic plan', async () => {
    const { wolfsburg, anna } = await annaWritesNewPlan('Parkplan Richtung', 'Erster Absatz');
    await newParagraphAtEnd(anna);
    await anna.keyboard.type('حديقة مشتركة');
    await anna.getByRole('button', { name: p.de.toolbar.direction.rtl }).click();
    await anna.keyboard.press('End');
    await anna.keyboard.press('Enter');
    await anna.keyboard.type('Danach wieder Deutsch.');
    const german = anna.locator('.ProseMirror[role=textbox] > p', {
      hasText: 'Danach wieder Deutsch.',
    });
    expect(await german.getAttribute('dir')).toBe('auto');
    expect(await german.evaluate((element) => getComputedStyle(element).direction)).toBe('ltr');
    const arabic = anna.locator('.ProseMirror[role=textbox] > p', { hasText: 'حديقة مشتركة' });
    expect(await arabic.getAttribute('dir')).toBe('rtl');

    // In a list, each item's bullet sits beside its own text.
    await anna.keyboard.press('Enter');
    await anna.keyboard.type('- Erster Punkt');
    await anna.keyboard.press('Enter');
    await anna.keyboard.type('نقطة عربية');
    const direction = (text: string) =>
      anna
        .locator('.ProseMirror[role=textbox] li', { hasText: text })
        .evaluate((element) => getComputedStyle(element).direction);
    expect(await direction('Erster Punkt')).toBe('ltr');
    expect(await direction('نقطة عربية')).toBe('rtl');
    // Each is indented on its own side, where its bullet goes: the Arabic one's bullet sat on the
    // editor's frame, outside the German list (QA pass).
    const room = (text: string) =>
      anna.locator('.ProseMirror[role=textbox] li', { hasText: text }).evaluate((item) => {
        const list = item.parentElement?.getBoundingClientRect();
        const own = item.getBoundingClientRect();
        const isRtl = getComputedStyle(item).direction === 'rtl';
        return list ? (isRtl ? list.right - own.right : own.left - list.left) : 0;
      });
    expect(await room('Erster Punkt')).toBeGreaterThan(20);
    expect(await room('نقطة عربية')).toBeGreaterThan(20);
    // Arabic passages of a German plan are marked as Arabic for screen readers, the others are not.
    const lang = (text: string) =>
      anna.locator('.ProseMirror[role=textbox] p', { hasText: text }).getAttribute('lang');
    expect(await lang('حديقة مشتركة')).toBe('ar');
    expect(await lang('نقطة عربية')).toBe('ar');
    expect(await lang('Danach wieder Deutsch.')).toBeNull();

    // In a plan written in Arabic, the empty paragraph starts at the right; German typed there runs
    // left to right.
    await openNewArabicPlan(anna, 'حديقة الحي', 'blank');
    const empty = anna.locator('.ProseMirror[role=textbox] > p').first();
    expect(await empty.evaluate((element) => getComputedStyle(element).direction)).toBe('rtl');
    await editor(anna, 'de').click();
    await anna.keyboard.type('Deutsch im arabischen Plan.');
    expect(await empty.evaluate((element) => getComputedStyle(element).direction)).toBe('ltr');
    // So does a table inserted on an empty line: it follows what is typed in its first cell.
    await anna.keyboard.press('Enter');
    await anna.getByRole('button', { name: p.de.toolbar.insertTable }).click();
    const table = anna.locator('.ProseMirror[role=textbox] table');
    expect(await table.evaluate((element) => getComputedStyle(element).direction)).toBe('rtl');
    await anna.keyboard.type('Zelle 1');
    expect(await table.evaluate((element) => getComputedStyle(element).direction)).toBe('ltr');

    // The Arabic project plan's empty list items start at the right and follow what is typed.
    await openNewArabicPlan(anna, 'خطة المشروع', 'project_plan');
    const slot = anna.locator('.ProseMirror[role=textbox] ul:not([data-type]) > li').first();
    expect(await slot.evaluate((element) => getComputedStyle(element).direction)).toBe('rtl');
    await slot.click();
    await anna.keyboard.type('Ziel 1: Park bauen.');
    expect(await slot.evaluate((element) => getComputedStyle(element).direction)).toBe('ltr');
    // A template's hint is shown in its empty slot, not written in it: what is typed there is
    // plain text, and the hint goes. The caret goes into the first slot through the editor itself
    // (the TipTap instance its element carries): a click or a DOM selection reaches ProseMirror a
    // moment later, and typing before that went to the list item typed in above.
    const hints = anna.locator('.ProseMirror[role=textbox] > p.slot-hint');
    const hintCount = await hints.count();
    expect(
      await hints.first().evaluate((slot) => getComputedStyle(slot, '::after').content),
    ).toContain('صِف الوضع الحالي في البلديتين');
    await anna.locator('.ProseMirror[role=textbox]').evaluate((element) => {
      type Block = { attrs: { hint?: unknown }; nodeSize: number };
      type TipTap = {
        state: { doc: { descendants(visit: (node: Block, pos: number) => boolean): void } };
        commands: { focus(position: number): boolean };
      };
      const tiptap = (element as HTMLElement & { editor?: TipTap }).editor;
      let slot = 0;
      tiptap?.state.doc.descendants((node, pos) => {
        if (node.attrs.hint && slot === 0) slot = pos + 1;
        return slot === 0;
      });
      tiptap?.commands.focus(slot);
    });
    await anna.keyboard.type('نص عادي');
    const typed = anna.locator('.ProseMirror[role=textbox] > p', { hasText: 'نص عادي' });
    await typed.waitFor();
    expect(await typed.locator('em').count()).toBe(0);
    expect(await typed.evaluate((slot) => slot.classList.contains('slot-hint'))).toBe(false);
    expect(await hints.count()).toBe(hintCount - 1);
    // A line break stays in the block and keeps the marks: bold goes on after Shift+Enter.
    await anna.keyboard.press('Control+b');
    await anna.keyboard.type(' غامق');
    await anna.keyboard.press('Shift+Enter');
    await anna.keyboard.type('سطر ثان');
    await typed.locator('strong', { hasText: 'سطر ثان' }).waitFor({ timeout: 2000 });

    // The plan list previews the German plan block by block: the German sentence after the Arabic
    // one keeps its own direction (and word order), and only the Arabic one is marked as Arabic.
    await anna.goto(anna.url().replace(/\/[a-f0-9]{24}$/, ''));
    const card = anna.locator('.plan-card', { hasText: 'Parkplan Richtung' });
    const block = (text: string) => card.locator('.plan-card__preview bdi', { hasText: text });
    await block('Danach wieder Deutsch.').waitFor();
    expect(await block('حديقة مشتركة').getAttribute('lang')).toBe('ar');
    expect(await block('Danach wieder Deutsch.').getAttribute('lang')).toBeNull();
    const blockDirection = (text: string) =>
      block(text).evaluate((element) => getComputedStyle(element).direction);
    expect(await blockDirection('حديقة مشتركة')).toBe('rtl');
    expect(await blockDirection('Danach wieder Deutsch.')).toBe('ltr');
    // The Arabic plan's preview runs right to left: its first block starts at the right (the
    // blocks' <bdi> hide their letters from dir="auto", which ran it left to right).
    const arabicPreview = anna
      .locator('.plan-card', { hasText: 'خطة المشروع' })
      .locator('.plan-card__preview');
    expect(await arabicPreview.evaluate((element) => getComputedStyle(element).direction)).toBe(
      'rtl',
    );
    const [first, second] = await arabicPreview
      .locator('bdi')
      .evaluateAll((blocks) => blocks.slice(0, 2).map((bdi) => bdi.getBoundingClientRect().right));
    expect(first).toBeGreaterThanOrEqual((second ?? Infinity) - 1);
    expect(wolfsburg.problems).toEqual([]);
    await wolfsburg.context.close();
  });
});
