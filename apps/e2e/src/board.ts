import type { Page } from 'playwright-core';
import { milestoneTexts as m } from './locales.ts';
import type { Locale } from './session.ts';

/** A milestone card (its button opens the detail dialog). */
export const card = (page: Page, title: string) =>
  page.getByRole('button', { name: title, exact: true });

/** A column of the board by status: planned, in_progress, done, blocked. */
export const column = (page: Page, status: string) =>
  page.locator(`section.board-column--${status}`);

/**
 * Moves a card from "planned" to "in progress" by keyboard, as dnd-kit expects: Space on the drag
 * handle picks it up, the arrow key moves it, Space drops it. `from` is where it was picked up.
 */
export async function moveToInProgressByKeyboard(
  page: Page,
  locale: Locale,
  title: string,
  from: { position: number; total: number },
): Promise<void> {
  const t = m[locale];
  const handle = t.card.dragHandle.replace('{{title}}', title);
  await page.getByRole('button', { name: handle }).focus();
  await page.keyboard.press('Space');
  // dnd-kit listens for the arrows from the next tick on (its keyboard sensor adds the listener in a
  // setTimeout when the drag starts): wait until it announces the pick-up, then for a timer queued
  // after that one, so the arrow cannot arrive first on a busy machine (CI once saw it ignored).
  const pickedUp = t.dnd.pickedUp
    .replace('{{title}}', title)
    .replace('{{column}}', t.status.planned)
    .replace('{{position}}', String(from.position))
    .replace('{{total}}', String(from.total));
  await page
    .locator('[id^="DndLiveRegion"]')
    .filter({ hasText: pickedUp })
    .waitFor({ state: 'attached' });
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 0)));
  // "Next" is to the right in a left-to-right interface and to the left in Arabic.
  const isRtl = await page.evaluate(() => document.documentElement.dir === 'rtl');
  await page.keyboard.press(isRtl ? 'ArrowLeft' : 'ArrowRight');
  await column(page, 'in_progress').getByRole('button', { name: handle }).waitFor();
  await page.keyboard.press('Space');
}
