import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { newContext, screenshot, startForFile } from './harness.ts';
import { consultationTexts as c } from './locales.ts';
import { openConsultations } from './chat.ts';
import { chooseLanguage, demoAccount, logIn } from './session.ts';

const started = startForFile();
// WCAG 1.4.10: content reflows at 320 CSS px (1280 px at 400 %) without scrolling in two directions.
const narrow = { width: 320, height: 640 };

const pageWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);

/** How far the farthest of `inner`'s boxes sticks out of `outer`'s, in px (0 when all fit). */
async function overflow(page: Page, outer: string, inner: string): Promise<number> {
  const each = await page.evaluate(
    ([outerSelector, innerSelector]) => {
      const box = document.querySelector(outerSelector)?.getBoundingClientRect();
      if (!box) throw new Error(`no ${outerSelector}`);
      return Array.from(
        document.querySelectorAll(`${outerSelector} ${innerSelector}`),
        (element) => {
          const rect = element.getBoundingClientRect();
          return Math.max(0, Math.round(box.left - rect.left), Math.round(rect.right - box.right));
        },
      );
    },
    [outer, inner] as const,
  );
  return Math.max(0, ...each);
}

describe('at 320 px wide', () => {
  it('the consultation form fits its dialog, left to right and right to left', async () => {
    const wolfsburg = await newContext(started.browser);
    const anna = await wolfsburg.context.newPage();
    await openConsultations(anna, started.app.url, 'de', 'anna.becker@wolfsburg.example');
    for (const locale of ['de', 'ar'] as const) {
      // The header folds its menu at 320 px: the language is chosen wide, the form opened narrow.
      if (locale === 'ar') await chooseLanguage(anna, 'de', 'ar');
      await anna.setViewportSize(narrow);
      // On a narrow screen the channels are folded away above the conversation.
      const fold = anna.locator('details.chat__fold');
      await fold.waitFor();
      if ((await fold.getAttribute('open')) === null)
        await fold.locator('summary.chat__fold-summary').click();
      await anna.getByRole('button', { name: c[locale].channels.create }).click();
      const dialog = anna.getByRole('dialog', { name: c[locale].form.createTitle });
      await dialog.getByLabel(c[locale].form.startsAt).waitFor();
      // The "when" box was 300 px wide in a 250 px form, its date fields cut off.
      expect(
        await overflow(anna, 'dialog[open] form', ':is(fieldset, input, textarea, select)'),
      ).toBe(0);
      await screenshot(anna, `consultation-dialog-320-${locale}`);
      await anna.keyboard.press('Escape');
      await dialog.waitFor({ state: 'detached' });
      await anna.setViewportSize({ width: 1280, height: 860 });
    }
    await chooseLanguage(anna, 'ar', 'de');
    expect(wolfsburg.problems).toEqual([]);
    await wolfsburg.context.close();
  });

  it('the overview in Arabic does not scroll sideways', async () => {
    const programme = await newContext(started.browser, { locale: 'fr-FR' });
    const claire = await programme.context.newPage();
    await logIn(claire, started.app.url, 'fr', demoAccount('claire.martin@programme.example'));
    await chooseLanguage(claire, 'fr', 'ar');
    await claire.setViewportSize(narrow);
    await claire.goto(`${started.app.url}/overview`);
    await claire.locator('.overdue-badge').first().waitFor();
    // The badge "one milestone overdue" stuck out of its card and the screen.
    expect(await pageWidth(claire)).toBe(narrow.width);
    expect(await overflow(claire, 'main', '.overdue-badge')).toBe(0);
    await screenshot(claire, 'overview-320-ar');
    await claire.setViewportSize({ width: 1280, height: 860 });
    await chooseLanguage(claire, 'ar', 'fr');
    expect(programme.problems).toEqual([]);
    await programme.context.close();
  });

  it('an invited expert opening the consultation has the focus where the page scrolled to', async () => {
    const casablanca = await newContext(started.browser, { locale: 'fr-FR' });
    const youssef = await casablanca.context.newPage();
    await youssef.setViewportSize(narrow);
    await logIn(youssef, started.app.url, 'fr', demoAccount('youssef.alaoui@experts.example'));
    await youssef.getByRole('link', { name: /Bewässerung des Quartiersparks/ }).click();
    await youssef.getByRole('heading', { name: c.fr.invited.title, level: 2 }).waitFor();
    await youssef.locator('.composer textarea').waitFor();
    // The page's heading took the focus, then the conversation scrolled it out of sight.
    const focused = await youssef.evaluate(() => {
      const rect = document.activeElement?.getBoundingClientRect();
      return rect ? rect.bottom > 0 && rect.top < window.innerHeight : false;
    });
    expect(focused).toBe(true);
    expect(await youssef.evaluate(() => document.activeElement?.tagName)).not.toBe('BODY');
    expect(casablanca.problems).toEqual([]);
    await casablanca.context.close();
  });
});
