import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  demoAccount,
  languageButton,
  logIn,
  openDemoPartnership,
  removeDemoContent,
} from './session.ts';
import {
  isOfflineNoise,
  loseResponses,
  newContext,
  screenshot,
  screenshotDir,
  startForFile,
} from './harness.ts';
import { audit, isBlocking } from './axe.ts';
import { focusedText } from './keyboard.ts';
import { planTexts as p, texts } from './locales.ts';
import {
  createPlan,
  newParagraphAtEnd,
  planEditor as editor,
  planStatus as status,
} from './planEditor.ts';

const started = startForFile();

const phone = { width: 375, height: 740 };

/** Anna (owner, German) on a phone, on the plans tab of the demo partnership, with only these plans. */
async function annaWithPlans(
  titles: string[],
  templateKey: 'blank' | 'project_plan' = 'project_plan',
) {
  const wolfsburg = await newContext(started.browser, {
    locale: 'de-DE',
    timezoneId: 'Europe/Berlin',
  });
  const anna = await wolfsburg.context.newPage();
  await anna.setViewportSize(phone);
  await logIn(anna, started.app.url, 'de', demoAccount('anna.becker@wolfsburg.example'));
  const partnershipId = await openDemoPartnership(anna);
  await removeDemoContent(anna, 'plans');
  const plans: { id: string; title: string }[] = [];
  for (const title of titles) {
    plans.push(await createPlan(anna, partnershipId, { title, templateKey }));
  }
  await anna.reload();
  return { wolfsburg, anna, plans };
}

const hasNoSidewaysScroll = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

describe('plans on a phone', () => {
  it('gives the page the room: language and account behind a menu button, the tabs two by two', async () => {
    const { wolfsburg, anna } = await annaWithPlans(['Baumschnitt']);
    await anna.getByRole('link', { name: 'Baumschnitt' }).waitFor();
    // The header is one line (it was three: name and navigation, language, account).
    const header = await anna.locator('header.app-header').boundingBox();
    expect(header?.height).toBeLessThanOrEqual(64);
    const menu = anna.getByRole('button', { name: texts.de.app.menu });
    const language = languageButton(anna, 'de');
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    expect(await language.isVisible()).toBe(false);

    // The four tabs fill two rows of two ("Mitglieder" used to wrap onto a line of its own).
    const tabs = anna.getByRole('navigation', { name: texts.de.space.sections }).getByRole('link');
    const rows = await tabs.evaluateAll((links) =>
      links.map((link) => Math.round(link.getBoundingClientRect().top)),
    );
    expect(rows).toHaveLength(4);
    expect(new Set(rows).size).toBe(2);
    expect(await hasNoSidewaysScroll(anna)).toBe(true);

    // By keyboard: Enter unfolds the menu, Escape folds it and leaves the focus on its button.
    await menu.focus();
    await anna.keyboard.press('Enter');
    expect(await menu.getAttribute('aria-expanded')).toBe('true');
    await language.focus();
    await anna.keyboard.press('Escape');
    expect(await language.isVisible()).toBe(false);
    expect(await anna.evaluate(() => document.activeElement?.textContent)).toContain(
      texts.de.app.menu,
    );
    // Tab past its last tool folds it too (it stayed open, pushing the page down).
    await anna.keyboard.press('Enter');
    await anna.keyboard.press('Tab');
    expect(await menu.getAttribute('aria-expanded')).toBe('true');
    const inHeader = () => anna.evaluate(() => Boolean(document.activeElement?.closest('header')));
    for (let stop = 0; stop < 10 && (await inHeader()); stop += 1) await anna.keyboard.press('Tab');
    expect(await inHeader()).toBe(false);
    await expect.poll(() => menu.getAttribute('aria-expanded')).toBe('false');
    // Unfolded it passes axe; a link in it leads on and the menu is folded on the next page.
    await menu.click();
    await screenshot(anna, 'header-menu-phone-de');
    expect((await audit(anna, 'header menu (phone, de)')).filter(isBlocking)).toEqual([]);
    await anna.getByRole('link', { name: texts.de.nav.settings }).click();
    await anna.getByRole('heading', { name: texts.de.settings.title, level: 1 }).waitFor();
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    expect(wolfsburg.problems).toEqual([]);
    await wolfsburg.context.close();
  });

  it('keeps the focus in the list after a deletion, and the observer is told the plan is gone', async () => {
    const { wolfsburg, anna, plans } = await annaWithPlans(['Baumschnitt', 'Stadtfest']);
    const [first] = plans;

    const jendouba = await newContext(started.browser, {
      locale: 'ar-TN',
      timezoneId: 'Africa/Tunis',
    });
    const leila = await jendouba.context.newPage();
    await logIn(leila, started.app.url, 'ar', demoAccount('leila.trabelsi@jendouba.example'));
    // She may only read in every partnership she is in: her start page promises nothing either.
    await leila
      .getByRole('link', { name: /Wolfsburg/ })
      .first()
      .waitFor();
    await jendouba.context.setOffline(true);
    await leila.getByText(texts.ar.app.offlineReadOnly).waitFor();
    await jendouba.context.setOffline(false);
    await leila.goto(
      `${started.app.url}/p/${new URL(anna.url()).pathname.split('/')[2]}/plans/${first?.id}`,
    );
    await status(leila, p.ar.status.upToDate).waitFor();
    const readOnly = editor(leila, 'ar');
    expect(await readOnly.getAttribute('aria-readonly')).toBe('true');
    const hint = () =>
      readOnly.evaluate((element) => {
        const id = element.getAttribute('aria-describedby') ?? '';
        return document.getElementById(id)?.textContent ?? '';
      });
    expect(await hint()).toBe(p.ar.editor.readOnlyHint);
    // Offline, the observer is not promised that their changes are kept: they cannot make any.
    await jendouba.context.setOffline(true);
    await leila.getByText(texts.ar.app.offlineReadOnly).waitFor();
    expect(await leila.getByText(texts.ar.app.offline).count()).toBe(0);
    await jendouba.context.setOffline(false);
    await status(leila, p.ar.status.upToDate).waitFor();

    // Newest first: "Stadtfest", then "Baumschnitt". Deleting the first goes on to the next.
    const deleteButton = (title: string) =>
      anna.getByRole('button', {
        name: p.de.list.deleteLabel.replace('{{title}}', title),
        exact: true,
      });
    // The first answer is lost on the way back: the server deleted the plan, the page says it
    // could not. Deleting it again finds it gone, and it leaves the list (it stayed, "not found").
    const onePlan = /\/api\/plans\/[a-f0-9]{24}$/;
    await loseResponses(anna, onePlan, ['DELETE']);
    await deleteButton('Stadtfest').click();
    await anna.getByRole('button', { name: p.de.list.deleteConfirm }).click();
    await anna.getByRole('alert').first().waitFor();
    await anna.unroute(onePlan);
    await deleteButton('Stadtfest').click();
    await anna.getByRole('button', { name: p.de.list.deleteConfirm }).click();
    await anna.getByRole('status').filter({ hasText: 'Stadtfest' }).waitFor({ state: 'attached' });
    expect(await anna.getByRole('alert').count()).toBe(0);
    await anna.waitForFunction(() => document.activeElement?.tagName === 'A');
    expect(await focusedText(anna)).toBe('Baumschnitt');

    // The last plan: the focus goes to "new plan", and Leila's editor no longer claims live changes.
    await deleteButton('Baumschnitt').click();
    await anna.getByRole('button', { name: p.de.list.deleteConfirm }).click();
    await anna.getByRole('heading', { name: p.de.list.emptyTitle }).waitFor();
    await anna.waitForFunction(() => document.activeElement?.tagName === 'BUTTON');
    expect(await focusedText(anna)).toBe(p.de.list.new);
    await leila.getByRole('alert').filter({ hasText: p.ar.closed.planDeleted }).waitFor();
    expect(await hint()).toBe(p.ar.closed.planDeleted);
    expect(await readOnly.getAttribute('aria-readonly')).toBe('true');
    expect(await leila.getByText(p.ar.status.readOnlyHint).isVisible()).toBe(false);
    // Nobody is counted as present in a plan that is gone.
    expect(await leila.locator('.plan-presence').count()).toBe(0);

    // The browser logs the lost answer and the second delete's 404; nothing else went wrong.
    expect(wolfsburg.problems).toEqual([
      'console: Failed to load resource: net::ERR_CONNECTION_RESET',
      'console: Failed to load resource: the server responded with a status of 404 (Not Found)',
    ]);
    expect(jendouba.problems.filter((problem) => !isOfflineNoise(problem))).toEqual([]);
    await wolfsburg.context.close();
    await jendouba.context.close();
  });

  it("shows the plan to read while the editor's code is still on its way", async () => {
    const { wolfsburg, anna, plans } = await annaWithPlans(['Baumschnitt']);
    const planPath = `${new URL(anna.url()).pathname}/${plans[0]?.id}`;
    // A slow link, the first time: the editor's code (about 300 KB) takes its while.
    let release = () => {};
    const released = new Promise<void>((resolve) => (release = resolve));
    const editorCode = /\/assets\/CollabEditor-[^/]+\.js$/;
    await anna.route(editorCode, async (route) => {
      await released;
      await route.fallback();
    });
    await anna.goto(`${started.app.url}${planPath}`);
    const reading = anna.locator('.plan-reading__document');
    // The plan's own title heading and its first section, from the server, while only
    // "loading the editor" was shown before.
    await reading.getByRole('heading', { name: 'Baumschnitt' }).waitFor();
    expect(await reading.getByRole('heading').count()).toBeGreaterThan(3);
    await anna.getByText(p.de.status.loadingEditorReadMeanwhile).waitFor();
    expect(await hasNoSidewaysScroll(anna)).toBe(true);
    await screenshot(anna, 'plan-reading-while-editor-loads-de');
    release();
    await status(anna, p.de.status.saved).waitFor();
    expect(await reading.count()).toBe(0);
    expect(await editor(anna, 'de').getByRole('heading', { name: 'Baumschnitt' }).count()).toBe(1);
    expect(wolfsburg.problems).toEqual([]);
    await wolfsburg.context.close();
  });

  it('"load more" hands the focus to the first plan it added, as the button goes', async () => {
    // 51 plans: one more than a page. Newest first, so the last page holds "Plan 1".
    const titles = Array.from({ length: 51 }, (_, index) => `Plan ${index + 1}`);
    const { wolfsburg, anna } = await annaWithPlans(titles, 'blank');
    const cards = anna.locator('.plan-card');
    await expect.poll(() => cards.count()).toBe(50);

    await anna.getByRole('button', { name: texts.de.common.loadMore }).click();
    await expect.poll(() => cards.count()).toBe(51);
    // Before, the button went with the last page and the focus fell to the page body.
    await anna.waitForFunction(() => document.activeElement?.tagName === 'A');
    expect(await focusedText(anna)).toBe('Plan 1');
    expect(await anna.getByRole('button', { name: texts.de.common.loadMore }).count()).toBe(0);
    await anna
      .getByRole('status')
      .filter({ hasText: p.de.list.loadedMore_one.replace('{{count}}', '1') })
      .waitFor({ state: 'attached' });
    expect(wolfsburg.problems).toEqual([]);
    await wolfsburg.context.close();
  });

  it('fits long titles, asks for a title instead of spaces, and keeps status and tools in view', async () => {
    const long =
      'Gemeinsame Ausschreibungsunterlagen für die Wasserversorgungsinfrastrukturmodernisierungsmaßnahmen 2027';
    const { wolfsburg, anna } = await annaWithPlans([long, 'Stadtfest']);
    await anna.locator('.plan-card', { hasText: 'Wasserversorgung' }).waitFor();
    expect(await hasNoSidewaysScroll(anna)).toBe(true);
    await screenshot(anna, 'plans-list-phone-de');

    // A title of spaces only is an empty title, said beside the field (not the server's refusal).
    await anna
      .getByRole('button', { name: p.de.list.renameLabel.replace('{{title}}', 'Stadtfest') })
      .click();
    const title = anna.getByLabel(p.de.rename.name);
    await title.fill('   ');
    await anna.getByRole('button', { name: p.de.rename.submit, exact: true }).click();
    await anna.getByText(texts.de.validation.required).waitFor();
    expect(await anna.getByText(texts.de.validation.rejected).count()).toBe(0);
    expect(await title.evaluate((element) => element === document.activeElement)).toBe(true);
    await anna.getByRole('button', { name: texts.de.common.cancel }).click();

    await anna.getByRole('link', { name: long }).click();
    await status(anna, p.de.status.saved).waitFor();
    expect(await hasNoSidewaysScroll(anna)).toBe(true);
    // The exports wait folded behind one button (three rows of buttons pushed the text down).
    const markdown = anna.getByRole('link', { name: p.de.export.markdown });
    expect(await markdown.isVisible()).toBe(false);
    await anna.locator('summary', { hasText: p.de.export.label }).click();
    await markdown.waitFor();
    expect(await hasNoSidewaysScroll(anna)).toBe(true);
    // The tools take one row that scrolls sideways; arrow keys reach the last one.
    const toolbar = anna.getByRole('toolbar');
    const rows = await toolbar.evaluate(
      (element) =>
        new Set(
          Array.from(element.querySelectorAll('[data-toolbar-item]'), (item) =>
            Math.round(item.getBoundingClientRect().top),
          ),
        ).size,
    );
    expect(rows).toBe(1);
    // Screenshots to look at: a shadow marks each edge beyond which tools are hidden.
    await toolbar.screenshot({ path: path.join(screenshotDir, 'plan-toolbar-phone-start-de.png') });
    await toolbar.evaluate((element) => element.scrollBy({ left: 200 }));
    await toolbar.screenshot({
      path: path.join(screenshotDir, 'plan-toolbar-phone-middle-de.png'),
    });
    await toolbar.evaluate((element) => element.scrollBy({ left: -200 }));

    // Typing at the end of a long plan, offline: the status line and the tools stay on screen.
    for (let i = 0; i < 6; i++) {
      await newParagraphAtEnd(anna);
      await anna.keyboard.type(`Absatz ${i}`);
    }
    await wolfsburg.context.setOffline(true);
    await status(anna, p.de.status.offline).waitFor();
    // A member is told what is kept (an observer is not: see the deletion test).
    await anna.getByText(texts.de.app.offline).waitFor();
    await anna.keyboard.type(' offline geschrieben');
    await anna.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    const top = (selector: string) =>
      anna.locator(selector).evaluate((element) => {
        const box = element.getBoundingClientRect();
        return { top: Math.round(box.top), bottom: Math.round(box.bottom) };
      });
    const line = await top('.plan-status');
    const tools = await top('.plan-toolbar');
    expect(line.top).toBe(0);
    expect(tools.top).toBe(line.bottom);
    expect(tools.bottom).toBeLessThan(phone.height / 5);
    await anna.screenshot({ path: path.join(screenshotDir, 'plan-editor-phone-offline-de.png') });

    await toolbar.getByRole('button').first().focus();
    await anna.keyboard.press('End');
    const last = toolbar.locator('[data-toolbar-item]').last();
    expect(await last.evaluate((element) => element === document.activeElement)).toBe(true);
    const isInView = await last.evaluate((element) => {
      const box = element.getBoundingClientRect();
      return box.left >= 0 && box.right <= window.innerWidth;
    });
    expect(isInView).toBe(true);

    await wolfsburg.context.setOffline(false);
    expect(wolfsburg.problems.filter((problem) => !isOfflineNoise(problem))).toEqual([]);
    await wolfsburg.context.close();
  });

  it('opens the table menu upwards, whole and on top, where a sideways phone has no room below', async () => {
    const { wolfsburg, anna, plans } = await annaWithPlans(['Zeitplan']);
    await anna.setViewportSize({ width: 844, height: 390 });
    await anna.getByRole('link', { name: plans[0]?.title }).click();
    await status(anna, p.de.status.saved).waitFor();
    await anna.locator('.ProseMirror[role=textbox] td').first().click();
    // Back at the top of the page the toolbar sits at the bottom of the window.
    await anna.evaluate(() => window.scrollTo(0, 0));
    const menuButton = anna.getByRole('button', { name: p.de.toolbar.tableMenu });
    await menuButton.click();
    const menu = anna.getByRole('menu');
    const [box, button] = [await menu.boundingBox(), await menuButton.boundingBox()];
    expect(box && button && box.y >= 0 && box.y + box.height <= button.y).toBe(true);
    // Every tool can be clicked: nothing on the page (the status line) lies over the menu.
    const covered = await menu.getByRole('menuitem').evaluateAll((items) =>
      items.filter((item) => {
        const { left, top, width, height } = item.getBoundingClientRect();
        return !item.contains(document.elementFromPoint(left + width / 2, top + height / 2));
      }),
    );
    expect(covered).toEqual([]);
    await anna.screenshot({ path: path.join(screenshotDir, 'plan-table-menu-landscape-de.png') });

    // Where it fits on neither side it scrolls, and a tool reached by keyboard is scrolled into it.
    await anna.keyboard.press('Escape');
    await anna.setViewportSize({ width: 844, height: 230 });
    await menuButton.evaluate((button) => button.scrollIntoView({ block: 'center' }));
    await menuButton.focus();
    await anna.keyboard.press('ArrowUp');
    const last = menu.getByRole('menuitem').last();
    await anna.waitForFunction(() => document.activeElement?.getAttribute('role') === 'menuitem');
    // The page scrolling or the window changing size (a phone's keyboard) keeps the menu's scroll.
    await anna.evaluate(() => window.dispatchEvent(new Event('resize')));
    const [shown, item] = [await menu.boundingBox(), await last.boundingBox()];
    expect(await menu.evaluate((element) => element.scrollHeight > element.clientHeight)).toBe(
      true,
    );
    expect(
      shown && item && item.y >= shown.y && item.y + item.height <= shown.y + shown.height,
    ).toBe(true);
    expect(wolfsburg.problems).toEqual([]);
    await wolfsburg.context.close();
  });
});
