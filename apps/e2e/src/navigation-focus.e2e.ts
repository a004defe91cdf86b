import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { newContext, startForFile } from './harness.ts';
import { texts } from './locales.ts';
import { languageButton } from './session.ts';

const started = startForFile();

/** Holds back the app's script chunks (all of them, as they come) until `release`. */
async function holdScripts(page: Page) {
  let isHolding = true;
  const held: Array<() => Promise<void>> = [];
  await page.route(/\/assets\/.*\.js$/, async (route) => {
    const response = await route.fetch();
    if (isHolding) held.push(() => route.fulfill({ response }));
    else await route.fulfill({ response });
  });
  return {
    async release() {
      isHolding = false;
      await Promise.all(held.splice(0).map((fulfill) => fulfill()));
    },
  };
}
const en = texts.en;

describe('the focus after a navigation', () => {
  it('a page heading that comes late does not pull the focus out of a menu opened meanwhile', async () => {
    const { context, problems } = await newContext(started.browser, { locale: 'en-GB' });
    const page = await context.newPage();
    await page.goto(`${started.app.url}/login`);
    await page.getByLabel(en.auth.fields.email).fill('admin@jumelage.example');
    await page.getByLabel(en.auth.fields.password).fill('jumelage-demo');
    // The start page's code comes late, as on a slow link: the header is there before its heading.
    const code = await holdScripts(page);
    await page.getByRole('button', { name: en.auth.login.submit }).click();
    await page.waitForURL((url) => !url.pathname.startsWith('/login'));
    await languageButton(page, 'en').focus();
    await page.keyboard.press('Enter');
    const german = page.locator('header').getByRole('button', { name: 'Deutsch', exact: true });
    await german.waitFor();
    await code.release();
    await page.getByRole('heading', { name: en.partnerships.list.title }).waitFor();
    // The heading would have taken the focus from the open menu (it did, a few hundred ms late).
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => document.activeElement?.closest('header') !== null)).toBe(
      true,
    );
    expect(await german.isVisible()).toBe(true);
    expect(problems).toEqual([]);
    await context.close();
  });
});
