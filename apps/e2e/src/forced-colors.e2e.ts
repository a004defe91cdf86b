import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { newContext, screenshot, startForFile } from './harness.ts';
import { consultationTexts as c, planTexts as p, texts } from './locales.ts';
import { planEditor } from './planEditor.ts';
import { demoAccount, logIn, openDemoPartnership } from './session.ts';

// Windows' high-contrast themes (forced colours) drop backgrounds and shadows and paint borders
// in system colours: what was told by a background, a shadow or a transparent border has to be
// told another way (sixteenth QA pass).
const started = startForFile();

const style = (locator: Locator, property: string) =>
  locator.evaluate((element, name) => getComputedStyle(element).getPropertyValue(name), property);

async function annaInForcedColours(): Promise<Page> {
  const { context } = await newContext(started.browser, { locale: 'de-DE' });
  const page = await context.newPage();
  await page.emulateMedia({ forcedColors: 'active' });
  await logIn(page, started.app.url, 'de', demoAccount('anna.becker@wolfsburg.example'));
  await openDemoPartnership(page);
  return page;
}

describe('forced colours', () => {
  it('tell the current tab and channel, pressed and disabled tools, and a dialog from the page', async () => {
    const anna = await annaInForcedColours();
    await anna.getByRole('link', { name: texts.de.space.tabs.consultations }).click();
    const tabs = anna.locator('.space-tabs a');
    const current = tabs.and(anna.locator('[aria-current="page"]'));
    const other = tabs.filter({ hasText: texts.de.space.tabs.plans });
    expect(await style(current, 'border-bottom-color')).not.toBe(
      await style(other, 'border-bottom-color'),
    );
    const openChannel = anna.locator('.channel-link[aria-current="page"]');
    const otherChannel = anna.locator('.channel-link:not([aria-current])').first();
    expect(await style(openChannel, 'border-inline-start-color')).not.toBe(
      await style(otherChannel, 'border-inline-start-color'),
    );
    await screenshot(anna, 'forced-colours-consultations-de');

    // A dialog has an edge of its own once its shadow is gone.
    await anna.getByRole('button', { name: c.de.channels.create }).click();
    const dialog = anna.getByRole('dialog');
    expect(await style(dialog, 'border-top-width')).toBe('1px');
    expect(await style(dialog, 'border-top-style')).toBe('solid');
    await anna.keyboard.press('Escape');

    // In the plan, the tools that apply at the caret and those unavailable stay apart.
    await anna.getByRole('link', { name: texts.de.space.tabs.plans }).click();
    await anna
      .getByRole('link', { name: /Quartierspark/ })
      .first()
      .click();
    await planEditor(anna, 'de').locator('h1').first().click();
    const heading = anna.getByRole('button', {
      name: p.de.toolbar.heading.replaceAll('{{level}}', '1'),
      exact: true,
    });
    await expect.poll(() => heading.getAttribute('aria-pressed')).toBe('true');
    const bold = anna.getByRole('button', { name: p.de.toolbar.bold, exact: true });
    expect(await style(heading, 'background-color')).not.toBe(
      await style(bold, 'background-color'),
    );
    const redo = anna.getByRole('button', { name: p.de.toolbar.redo, exact: true });
    expect(await redo.getAttribute('aria-disabled')).toBe('true');
    expect(await style(redo, 'color')).not.toBe(await style(bold, 'color'));
    await screenshot(anna, 'forced-colours-plan-de');
  });
});
