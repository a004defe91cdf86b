import { describe, expect, it } from 'vitest';
import { startForFile } from './harness.ts';
import { audit, isBlocking } from './axe.ts';
import { focusedText } from './keyboard.ts';
import { planTexts as p, texts } from './locales.ts';
import {
  annaOnNewPlan as newPlanForAnna,
  karimOpensPlan,
  newParagraphAtEnd,
  planEditor as editor,
  planStatus as status,
} from './planEditor.ts';

// The plan by keyboard: the table tools' menu, where the caret goes, and the keyboard's ways told.
const started = startForFile();

const annaOnNewPlan = (title: string, templateKey: 'blank' | 'project_plan') =>
  newPlanForAnna(started.browser, started.app.url, title, templateKey);

describe('a plan by keyboard', () => {
  it('table tools are a menu of the table button, usable by keyboard, and leave the toolbar whole', async () => {
    const { wolfsburg, anna } = await annaOnNewPlan('Zeitplan', 'blank');
    await editor(anna, 'de').click();
    await anna.keyboard.type('Phasen');
    await status(anna, p.de.status.saved).waitFor();
    await anna.getByRole('button', { name: p.de.toolbar.insertTable }).click();
    await anna.keyboard.type('Frühjahr');
    const { jendouba, karim } = await karimOpensPlan(started.browser, started.app.url, anna.url());
    const karimsRows = karim.locator('.ProseMirror[role=textbox] tr');
    await karim.locator(':is(th, td)', { hasText: 'Frühjahr' }).waitFor({ timeout: 2000 });
    expect(await karimsRows.count()).toBe(3);

    // With the versions panel beside the text (1280 pixels wide), undo is still in view: the five
    // table tools used to sit in the toolbar and push it out into the sideways scroll.
    await anna.getByRole('button', { name: p.de.versions.title, exact: true }).click();
    await anna.locator(':is(th, td)', { hasText: 'Frühjahr' }).click();
    const toolbar = await anna.getByRole('toolbar').boundingBox();
    const undo = await anna.getByRole('button', { name: p.de.toolbar.undo }).boundingBox();
    expect(undo && toolbar && undo.x + undo.width <= toolbar.x + toolbar.width).toBe(true);

    // Enter opens the menu on its first tool, Escape returns to the button, Down opens it again.
    const menuButton = anna.getByRole('button', { name: p.de.toolbar.tableMenu });
    expect(await menuButton.getAttribute('aria-expanded')).toBe('false');
    await menuButton.press('Enter');
    expect(await focusedText(anna)).toBe(p.de.toolbar.tableTools.addRow);
    expect(await menuButton.getAttribute('aria-expanded')).toBe('true');
    expect((await audit(anna, 'table menu')).filter(isBlocking)).toEqual([]);
    await anna.keyboard.press('ArrowUp');
    expect(await focusedText(anna)).toBe(p.de.toolbar.tableTools.deleteTable);
    await anna.keyboard.press('Escape');
    expect(await anna.getByRole('menu').count()).toBe(0);
    expect(await anna.evaluate(() => document.activeElement?.getAttribute('aria-haspopup'))).toBe(
      'menu',
    );
    await anna.keyboard.press('ArrowDown');
    await anna.keyboard.press('Enter');

    // The row reaches Jendouba, and the cursor is back in the text, in the new row's cell below
    // (it stayed in the old cell, and what was typed next went there).
    await karim.waitForFunction(
      () => document.querySelectorAll('.ProseMirror[role=textbox] tr').length === 4,
      undefined,
      { timeout: 2000 },
    );
    await anna.keyboard.type('2027');
    const below = karimsRows.nth(1).locator(':is(th, td)').first();
    // (Anna's caret, with her name, is in that cell on Karim's screen.)
    await expect.poll(() => below.innerText(), { timeout: 2000 }).toMatch(/^2027\n/);
    expect(await karim.locator(':is(th, td)', { hasText: 'Frühjahr' }).innerText()).toBe(
      'Frühjahr',
    );

    // On a phone the toolbar scrolls sideways; the menu still opens whole inside the window.
    await anna.setViewportSize({ width: 390, height: 800 });
    await anna.locator(':is(th, td)', { hasText: 'Frühjahr' }).click();
    await menuButton.click();
    const menuBox = await anna.getByRole('menu').boundingBox();
    expect(menuBox && menuBox.x >= 0 && menuBox.x + menuBox.width <= 390).toBe(true);
    expect(await focusedText(anna)).toBe(p.de.toolbar.tableTools.addRow);
    await anna.keyboard.press('Escape');
    expect([...wolfsburg.problems, ...jendouba.problems]).toEqual([]);
    await wolfsburg.context.close();
    await jendouba.context.close();
  });

  it('keeps the caret below the status line and toolbar while moving up through a long plan', async () => {
    const { wolfsburg, anna } = await annaOnNewPlan('Langer Plan', 'project_plan');
    await anna.setViewportSize({ width: 1280, height: 600 });
    await newParagraphAtEnd(anna);
    for (let line = 0; line < 12; line++) await anna.keyboard.press('Enter');
    await anna.keyboard.type('Letzte Zeile');
    // Where the caret is, against where the bars over the text end (window pixels).
    const caretAndBars = () =>
      anna.evaluate(() => {
        const range = window.getSelection()?.getRangeAt(0);
        const node = range?.startContainer;
        // A collapsed range in text has a box; on an empty line the line itself stands for it.
        const line = node instanceof Element ? node : node?.parentElement;
        const caret = range?.getClientRects()[0] ?? line?.getBoundingClientRect();
        const bars = Array.from(
          document.querySelectorAll('.plan-status, .plan-toolbar'),
          (bar) => bar.getBoundingClientRect().bottom,
        );
        return { caret: caret?.top ?? 0, bars: Math.max(...bars) };
      });
    const hidden: number[] = [];
    for (let press = 0; press < 60; press++) {
      await anna.keyboard.press('ArrowUp');
      // Two frames: the browser's own scrolling, then the editor's.
      await anna.evaluate(
        () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
      );
      const { caret, bars } = await caretAndBars();
      if (caret < bars) hidden.push(press);
    }
    expect(hidden).toEqual([]);
    // Moved all the way up, into the title.
    expect(await anna.evaluate(() => window.getSelection()?.anchorNode?.textContent)).toBe(
      'Langer Plan',
    );

    // The keyboard's ways (Escape out of the text, Tab in tables) are told to everyone, not only
    // in the editor's description for screen readers.
    const help = anna.getByRole('button', { name: p.de.keyboard.button, exact: true });
    await help.click();
    const dialog = anna.getByRole('dialog', { name: p.de.keyboard.title });
    await dialog.getByText(p.de.keyboard.does.escape).waitFor();
    expect(await focusedText(anna)).toBe(texts.de.common.close);
    expect((await audit(anna, 'keyboard help (de)')).filter(isBlocking)).toEqual([]);
    await anna.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect(await focusedText(anna)).toBe(p.de.keyboard.button);
    await wolfsburg.context.close();
  });
});
