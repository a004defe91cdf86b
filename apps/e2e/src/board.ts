import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import { milestoneTexts as m } from './locales.ts';
import type { Locale } from './session.ts';

/** A milestone card (its button opens the detail dialog). */
export const card = (page: Page, title: string) =>
  page.getByRole('button', { name: title, exact: true });

/** A column of the board by status: planned, in_progress, done, blocked. */
export const column = (page: Page, status: string) =>
  page.locator(`section.board-column--${status}`);

/** Where a card sits in its column, as the announcements count it. */
type Place = { position: number; total: number };

/** Waits until dnd-kit's live region says `message` about a card at a place in a column. */
async function announced(
  page: Page,
  message: string,
  title: string,
  columnName: string,
  place: Place,
): Promise<void> {
  const text = message
    .replace('{{title}}', title)
    .replace('{{column}}', columnName)
    .replace('{{position}}', String(place.position))
    .replace('{{total}}', String(place.total));
  await page
    .locator('[id^="DndLiveRegion"]')
    .filter({ hasText: text })
    .waitFor({ state: 'attached' });
}

/**
 * Moves a card from "planned" to "in progress" by keyboard, as dnd-kit expects: Space on the drag
 * handle picks it up, the arrow key moves it, Space drops it. `from` is where it was picked up.
 */
export async function moveToInProgressByKeyboard(
  page: Page,
  locale: Locale,
  title: string,
  from: Place,
  /** Runs while the card is held, before it moves. */
  whileHeld: () => Promise<void> = async () => {},
): Promise<void> {
  const t = m[locale];
  const handle = t.card.dragHandle.replace('{{title}}', title);
  await page.getByRole('button', { name: handle }).focus();
  await page.keyboard.press('Space');
  // dnd-kit listens for the arrows from the next tick on (its keyboard sensor adds the listener in a
  // setTimeout when the drag starts): wait until it announces the pick-up, then for a timer queued
  // after that one, so the arrow cannot arrive first on a busy machine (CI once saw it ignored).
  await announced(page, t.dnd.pickedUp, title, t.status.planned, from);
  await whileHeld();
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 0)));
  // "Next" is to the right in a left-to-right interface and to the left in Arabic.
  const isRtl = await page.evaluate(() => document.documentElement.dir === 'rtl');
  await page.keyboard.press(isRtl ? 'ArrowLeft' : 'ArrowRight');
  await column(page, 'in_progress').getByRole('button', { name: handle }).waitFor();
  // Drawn anew in its new column, the card keeps the focus (it fell to the page until the drop).
  await page.waitForFunction(() => document.activeElement?.hasAttribute('data-drag-handle'), null, {
    timeout: 2000,
  });
  await page.keyboard.press('Space');
}

/**
 * What a screen reader hears after a keyboard drop into "in progress" that is saved: where the card
 * went (dnd-kit's live region), then a short "saved" (the board's status), and no second full
 * report of the place.
 */
export async function waitForSavedDrop(
  page: Page,
  locale: Locale,
  title: string,
  place: Place,
): Promise<void> {
  const t = m[locale];
  await announced(page, t.dnd.dropped, title, t.status.in_progress, place);
  const saved = t.board.movedSaved.replace('{{title}}', title);
  await page.getByRole('status').filter({ hasText: saved }).waitFor({ state: 'attached' });
  const fullReport = t.board.moved.replace('{{title}}', title).split('{{column}}')[0] ?? '';
  expect(await page.getByText(fullReport).count()).toBe(0);
}
