import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { card, column, moveToInProgressByKeyboard, waitForSavedDrop } from './board.ts';
import { audit, isBlocking } from './axe.ts';
import { newContext, screenshot, startForFile } from './harness.ts';
import { milestoneTexts as m, overviewTexts as o, texts } from './locales.ts';
import {
  apiRequest,
  chooseLanguage,
  demoAccount,
  demoPartnershipId,
  isoDaysFromNow,
  logIn as logInAs,
  removeDemoContent,
} from './session.ts';

type Locale = 'de' | 'fr' | 'ar';

const started = startForFile();

const logIn = (page: Page, locale: Locale, email: string) =>
  logInAs(page, started.app.url, locale, demoAccount(email));

async function openBoard(page: Page, locale: Locale): Promise<void> {
  await page
    .getByRole('link', { name: /Wolfsburg – Jendouba/ })
    .first()
    .click();
  await page.getByRole('link', { name: texts[locale].space.tabs.milestones }).click();
}

async function createMilestone(page: Page, title: string, dueOn: string, opener: string) {
  await page.getByRole('button', { name: opener }).click();
  const dialog = page.getByRole('dialog', { name: m.de.form.createTitle });
  await dialog.getByLabel(m.de.fields.title).fill(title);
  await dialog.getByLabel(new RegExp(`^${m.de.fields.dueOn}`)).fill(dueOn);
  // A date already past is accepted, with a word that the milestone will show as overdue.
  expect(await dialog.getByText(m.de.form.dueInPast).count()).toBe(
    dueOn < isoDaysFromNow(0) ? 1 : 0,
  );
  await dialog.getByRole('checkbox', { name: /Karim Ben Salah/ }).check();
  await dialog.getByRole('button', { name: m.de.form.create }).click();
  await dialog.waitFor({ state: 'detached' });
  await card(page, title).waitFor();
  // The new card has the focus (so it is in view), wherever its column put it.
  await expect
    .poll(() =>
      page.evaluate(() => document.activeElement?.closest('.milestone-card')?.textContent),
    )
    .toContain(title);
}

describe('milestone board in the browser', () => {
  it('creates milestones, moves one by keyboard live to the partner, mirrors in Arabic and shows up in the overview', async () => {
    const wolfsburg = await newContext(started.browser, {
      locale: 'de-DE',
      timezoneId: 'Europe/Berlin',
    });
    const anna = await wolfsburg.context.newPage();
    await logIn(anna, 'de', 'anna.becker@wolfsburg.example');
    // From an empty board (its first milestone, positions and counts): without the demo's.
    await removeDemoContent(anna, 'milestones');
    await openBoard(anna, 'de');
    await anna.getByRole('heading', { name: m.de.board.emptyTitle }).waitFor();
    // The window title names the open tab too (browser tabs and history told them apart by nothing).
    await expect
      .poll(() => anna.title())
      .toBe(
        texts.de.app.sectionDocumentTitle
          .replace('{{section}}', texts.de.space.tabs.milestones)
          .replace('{{page}}', 'Wolfsburg – Jendouba'),
      );

    // A pasted title longer than 200 characters is cut, and the field says so (it used to say
    // nothing); near the limit it counts down.
    await anna.getByRole('button', { name: m.de.board.addFirst }).click();
    const title = anna.getByRole('dialog').getByLabel(m.de.fields.title);
    await title.fill('Quartierspark '.repeat(20));
    expect((await title.inputValue()).length).toBe(200);
    const reached = texts.de.validation.lengthReached_other.replace('{{count}}', '200');
    await anna.getByRole('status').filter({ hasText: reached }).waitFor({ state: 'attached' });
    const description = () =>
      title.evaluate((input) =>
        (input.getAttribute('aria-describedby') ?? '')
          .split(' ')
          .map((id) => document.getElementById(id)?.textContent)
          .join(' '),
      );
    expect(await description()).toBe(reached);
    await title.fill('Quartierspark '.repeat(13));
    await anna
      .getByText(texts.de.validation.charactersLeft_other.replace('{{count}}', '18'))
      .waitFor();
    await anna.getByRole('button', { name: texts.de.common.cancel }).click();

    await createMilestone(
      anna,
      'Standortanalyse Quartierspark',
      isoDaysFromNow(10),
      m.de.board.addFirst,
    );
    await createMilestone(anna, 'Bürgerwerkstatt', isoDaysFromNow(-2), m.de.board.new);
    await column(anna, 'planned').getByText(m.de.due.overdue).waitFor();

    // The move menu: Escape folds it and returns to its button; a click elsewhere folds it.
    const moveToggle = anna.getByRole('button', {
      name: m.de.card.moveMenuLabel.replace('{{title}}', 'Bürgerwerkstatt'),
    });
    const moveTo = (status: 'in_progress' | 'done') =>
      anna.getByRole('button', {
        name: m.de.card.moveTo.replace('{{column}}', m.de.status[status]),
      });
    await moveToggle.focus();
    await anna.keyboard.press('Enter');
    await anna.keyboard.press('Tab');
    await anna.keyboard.press('Escape');
    await moveTo('in_progress').waitFor({ state: 'hidden' });
    expect(await moveToggle.evaluate((button) => button === document.activeElement)).toBe(true);
    await moveToggle.click();
    await moveTo('done').waitFor();
    await anna.getByRole('heading', { name: m.de.status.done }).click();
    await moveTo('done').waitFor({ state: 'hidden' });

    const jendouba = await newContext(started.browser, {
      locale: 'fr-FR',
      timezoneId: 'Africa/Tunis',
    });
    const karim = await jendouba.context.newPage();
    await logIn(karim, 'fr', 'karim.bensalah@jendouba.example');
    await openBoard(karim, 'fr');
    await column(karim, 'planned')
      .getByRole('button', { name: 'Standortanalyse Quartierspark', exact: true })
      .waitFor();

    // Keyboard drag: Space picks the card up, ArrowRight goes to "in progress", Space drops it.
    await moveToInProgressByKeyboard(anna, 'de', 'Standortanalyse Quartierspark', {
      position: 1,
      total: 2,
    });
    await waitForSavedDrop(anna, 'de', 'Standortanalyse Quartierspark', { position: 1, total: 1 });
    await column(karim, 'in_progress')
      .getByRole('button', { name: 'Standortanalyse Quartierspark', exact: true })
      .waitFor();
    await screenshot(anna, 'milestones-board-de');

    // Arabic: the columns run right to left, "planned" first on the right.
    await chooseLanguage(karim, 'fr', 'ar');
    await karim.waitForFunction(() => document.documentElement.dir === 'rtl');
    await karim.getByRole('heading', { name: m.ar.status.planned }).waitFor();
    const planned = await column(karim, 'planned').boundingBox();
    const blocked = await column(karim, 'blocked').boundingBox();
    expect(planned && blocked && planned.x > blocked.x).toBe(true);
    // "Overdue, due date …" is read with an Arabic comma (a Latin one stood between Arabic words).
    const overdueText = await column(karim, 'planned')
      .locator('.due-date--overdue')
      .first()
      .textContent();
    expect(overdueText).toContain(`${m.ar.due.overdue}،`);
    expect(overdueText).not.toContain(',');
    await screenshot(karim, 'milestones-board-ar');

    // The coordinator sees the partnership's figures (not a member, so read only).
    const programme = await newContext(started.browser, {
      locale: 'fr-FR',
      timezoneId: 'Europe/Berlin',
    });
    const claire = await programme.context.newPage();
    await logIn(claire, 'fr', 'claire.martin@programme.example');
    await claire.getByRole('link', { name: texts.fr.nav.overview }).click();
    const row = claire.locator('.overview-table tbody tr', { hasText: 'Wolfsburg – Jendouba' });
    await row.waitFor();
    const rowText = await row.innerText();
    const plural = new Intl.PluralRules('fr');
    for (const [key, count] of [
      ['planned', 1],
      ['in_progress', 1],
      ['done', 0],
      ['blocked', 0],
    ] as const) {
      const form = plural.select(count) === 'one' ? 'one' : 'other';
      expect(rowText).toContain(o.fr.counts[`${key}_${form}`].replace('{{count}}', String(count)));
    }
    expect(rowText).toContain(o.fr.table.overdueCount_one.replace('{{count}}', '1'));
    await claire.getByRole('link', { name: 'Bürgerwerkstatt' }).first().waitFor();
    await screenshot(claire, 'overview-fr');

    // A title with a word longer than its column wraps: the due list's other columns stay in view.
    const longTitle = `Grünflächenentwicklungsplanungsabstimmungsverfahren https://www.wolfsburg.de/${'gruenflaechen/'.repeat(4)}`;
    const partnershipId = new URL(anna.url()).pathname.split('/')[2];
    await apiRequest(anna, 'POST', `/api/partnerships/${partnershipId}/milestones`, {
      title: longTitle,
      dueOn: isoDaysFromNow(3),
    });
    const dueList = claire.locator('.due-milestones .table-wrap');
    await dueList.getByRole('link', { name: longTitle }).waitFor();
    const listBox = await dueList.boundingBox();
    const statusBox = await dueList
      .getByRole('columnheader', { name: o.fr.due.status, exact: true })
      .boundingBox();
    expect(listBox && statusBox && statusBox.x + statusBox.width <= listBox.x + listBox.width).toBe(
      true,
    );

    // Its link opens the board with the milestone's detail (?milestone=<id>), read only.
    await claire.getByRole('link', { name: 'Bürgerwerkstatt' }).first().click();
    await claire
      .getByRole('dialog', { name: 'Bürgerwerkstatt' })
      .getByText(m.fr.detail.readOnly)
      .waitFor();
    // The due date sits under its label "due date", and does not say "due on" again.
    const dueDate = claire.getByRole('dialog', { name: 'Bürgerwerkstatt' }).locator('.due-date');
    expect(await dueDate.innerText()).toContain(m.fr.due.overdue);
    expect(await dueDate.innerText()).not.toContain(m.fr.due.label);
    expect(claire.url()).toMatch(/\/p\/[a-f0-9]{24}\/milestones\?milestone=[a-f0-9]{24}$/);
    expect(await claire.locator('.drag-handle').count()).toBe(0);

    // By mouse: dragged through "in progress" to the bottom edge of that short column (where a QA
    // pass once saw the board crash with React's "maximum update depth"), dropped, saved, live.
    const handle = anna.getByRole('button', {
      name: m.de.card.dragHandle.replace('{{title}}', 'Bürgerwerkstatt'),
    });
    const from = await handle.boundingBox();
    const to = await column(anna, 'in_progress').boundingBox();
    if (!from || !to) throw new Error('the board is not laid out');
    await anna.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await anna.mouse.down();
    await anna.mouse.move(from.x + 20, from.y + 20, { steps: 4 });
    await anna.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 8 });
    await anna.mouse.move(to.x + to.width / 2, to.y + to.height - 4, { steps: 8 });
    await anna.mouse.move(to.x + to.width / 2, to.y + to.height + 30, { steps: 8 });
    await anna.mouse.move(to.x + to.width / 2, to.y + to.height - 4, { steps: 4 });
    await anna.mouse.up();
    await column(karim, 'in_progress')
      .getByRole('button', { name: 'Bürgerwerkstatt', exact: true })
      .waitFor();
    expect(await column(anna, 'in_progress').getByText('Bürgerwerkstatt').count()).toBe(1);

    // A field's error goes as soon as the field is mended, before the next save.
    await card(anna, 'Bürgerwerkstatt').focus();
    await anna.keyboard.press('Enter');
    const detail = anna.getByRole('dialog', { name: 'Bürgerwerkstatt' });
    const detailTitle = detail.getByLabel(m.de.fields.title);
    await detailTitle.fill('');
    await detail.getByRole('button', { name: texts.de.common.save, exact: true }).click();
    const required = detail.getByText(texts.de.validation.required);
    await required.waitFor();
    await detailTitle.fill('Bürgerwerkstatt');
    await required.waitFor({ state: 'detached' });

    // Deleted from its dialog, the card leaves the focus on the card before it (not the page top).
    await detail.getByRole('button', { name: m.de.detail.delete }).click();
    await anna.getByRole('button', { name: m.de.detail.deleteConfirm, exact: true }).click();
    await detail.waitFor({ state: 'detached' });
    const focusedCard = () =>
      anna.evaluate(() =>
        document.activeElement?.hasAttribute('data-milestone-open')
          ? document.activeElement.textContent
          : `not a card: ${document.activeElement?.tagName}`,
      );
    await expect.poll(focusedCard).toContain('Standortanalyse Quartierspark');

    expect([...wolfsburg.problems, ...jendouba.problems, ...programme.problems]).toEqual([]);
  });

  it('a card moved out of a filtered view hands the focus to the one beside it, then to "clear filters"', async () => {
    const wolfsburg = await newContext(started.browser);
    const anna = await wolfsburg.context.newPage();
    await logIn(anna, 'de', 'anna.becker@wolfsburg.example');
    const partnershipId = await demoPartnershipId(anna);
    for (const title of ['Sitzbank Nord', 'Sitzbank Süd']) {
      await apiRequest(anna, 'POST', `/api/partnerships/${partnershipId}/milestones`, {
        title,
        status: 'in_progress',
      });
    }
    await anna.goto(
      `${started.app.url}/p/${partnershipId}/milestones?status=in_progress&q=Sitzbank`,
    );
    const moveByKeyboard = async (title: string) => {
      await anna
        .getByRole('button', { name: m.de.card.moveMenuLabel.replace('{{title}}', title) })
        .focus();
      await anna.keyboard.press('Enter');
      await anna
        .getByRole('button', { name: m.de.card.moveTo.replace('{{column}}', m.de.status.planned) })
        .focus();
      await anna.keyboard.press('Enter');
      await card(anna, title).waitFor({ state: 'detached' });
    };
    const focused = () =>
      anna.evaluate(
        () => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.tagName,
      );

    // Moved to "planned", the card leaves the view: its neighbour's "move" button has the focus.
    await moveByKeyboard('Sitzbank Nord');
    await expect.poll(focused).toBe(m.de.card.moveMenuLabel.replace('{{title}}', 'Sitzbank Süd'));
    // The last one gone, "clear filters" has it (the focus fell to the page).
    await moveByKeyboard('Sitzbank Süd');
    await expect
      .poll(() => anna.evaluate(() => document.activeElement?.textContent))
      .toBe(m.de.filters.clear);

    expect(wolfsburg.problems).toEqual([]);
    await wolfsburg.context.close();
  });

  it('folds the filters on a phone, so the board starts on the first screen', async () => {
    const wolfsburg = await newContext(started.browser);
    const anna = await wolfsburg.context.newPage();
    await anna.setViewportSize({ width: 390, height: 844 });
    await logIn(anna, 'de', 'anna.becker@wolfsburg.example');
    await openBoard(anna, 'de');
    const firstCard = anna.locator('.milestone-card').first();
    await firstCard.waitFor();
    const top = (await firstCard.boundingBox())?.y ?? Infinity;
    expect(top).toBeLessThan(844);
    const search = anna.getByLabel(m.de.filters.search);
    expect(await search.isVisible()).toBe(false);

    const fold = anna.getByText(m.de.filters.fold, { exact: true });
    await fold.click();
    await search.fill('Standortanalyse');
    await anna.getByText(m.de.filters.foldActive.replace('{{active}}', '1')).waitFor();
    await expect.poll(() => anna.locator('.milestone-card').count()).toBe(1);
    expect((await audit(anna, 'board filters (phone, de)')).filter(isBlocking)).toEqual([]);
    expect(wolfsburg.problems).toEqual([]);
    await wolfsburg.context.close();
  });
});
