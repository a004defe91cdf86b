import { describe, expect, it } from 'vitest';
import { audit, isBlocking } from './axe.ts';
import { newContext, screenshot, startForFile } from './harness.ts';
import { overviewTexts as o, texts } from './locales.ts';
import { apiRequest, demoAccount, demoPartnershipId, logIn } from './session.ts';

const started = startForFile();

const phone = { width: 390, height: 844 };
const demoName = 'Wolfsburg – Jendouba';
const newName = 'Aachen – Sfax';
const fr = o.fr;

describe('the overview on a phone', () => {
  it('shows one card per partnership with every figure, sorts by a select and never scrolls sideways', async () => {
    // A second partnership, without milestones, so that the orders differ.
    const wolfsburg = await newContext(started.browser);
    const anna = await wolfsburg.context.newPage();
    await logIn(anna, started.app.url, 'de', demoAccount('anna.becker@wolfsburg.example'));
    const demoId = await demoPartnershipId(anna);
    // … which is paused.
    const created = await apiRequest<{ id: string }>(anna, 'POST', '/api/partnerships', {
      name: newName,
      municipalities: [
        { name: 'Aachen', country: 'DE', language: 'de', timeZone: 'Europe/Berlin' },
        { name: 'Sfax', country: 'TN', language: 'fr', timeZone: 'Africa/Tunis' },
      ],
    });
    await apiRequest(anna, 'PATCH', `/api/partnerships/${created.id}`, { status: 'paused' });
    await wolfsburg.context.close();

    const programme = await newContext(started.browser, { locale: 'fr-FR' });
    const claire = await programme.context.newPage();
    await claire.setViewportSize(phone);
    await logIn(claire, started.app.url, 'fr', demoAccount('claire.martin@programme.example'));
    await claire.getByRole('link', { name: texts.fr.nav.overview }).click();

    const cards = claire.getByRole('list', { name: fr.table.caption }).getByRole('listitem');
    const card = cards.filter({ has: claire.getByRole('heading', { name: demoName }) });
    await card.waitFor();
    expect(await claire.locator('.overview-table').count()).toBe(0);
    // Every figure under its label: the seeded board has 3 planned, 1 in progress, 2 done, 1 blocked.
    const fact = (label: string) =>
      card
        .locator('.overview-card__fact', { has: claire.getByText(label, { exact: true }) })
        .locator('dd');
    await expect
      .poll(() => fact(fr.table.milestones).innerText())
      .toContain(fr.counts.done_other.replace('{{count}}', '2'));
    expect(await fact(fr.table.progress).innerText()).toMatch(/29\s%/);
    expect(await fact(fr.table.overdue).innerText()).toContain(
      fr.table.overdueCount_one.replace('{{count}}', '1'),
    );
    expect(await fact(fr.table.nextDue).getByRole('link').getAttribute('href')).toMatch(
      new RegExp(`^/p/${demoId}/milestones\\?milestone=`),
    );
    const headings = () => cards.getByRole('heading').allInnerTexts();
    expect(await headings()).toEqual([newName, demoName]);

    // No column headers to click on a phone: the order is a select, and the URL keeps it.
    await claire.getByLabel(fr.filters.sort).selectOption({ label: fr.sort.progress });
    await expect.poll(headings).toEqual([demoName, newName]);
    expect(new URL(claire.url()).searchParams.get('sort')).toBe('progress');
    await claire
      .getByRole('status')
      .filter({ hasText: fr.table.progress })
      .waitFor({ state: 'attached' });
    // Each order both ways round, and back (a reversed order once stuck: choosing the same order
    // again changed nothing).
    const sortSelect = claire.getByLabel(fr.filters.sort);
    await sortSelect.selectOption({ label: fr.sortReversed.progress });
    await expect.poll(headings).toEqual([newName, demoName]);
    expect(new URL(claire.url()).searchParams.get('order')).toBe('asc');
    await sortSelect.selectOption({ label: fr.sort.progress });
    await expect.poll(headings).toEqual([demoName, newName]);
    expect(new URL(claire.url()).searchParams.get('order')).toBeNull();

    // The due milestones are a list too; the overdue one says so in words.
    const due = claire.locator('.due-list__item', { hasText: 'Grundstücksübertragung' });
    expect(await due.innerText()).toContain(fr.due.overdue);
    expect(await due.innerText()).toContain(
      fr.due.statusIs.replace('{{status}}', fr.status.blocked),
    );

    // A partnership that is not active says so under its name (it is not flagged as quiet), and
    // the status is a filter that the URL keeps.
    const paused = cards.filter({ has: claire.getByRole('heading', { name: newName }) });
    expect(await paused.locator('.overview-row__status').innerText()).toBe(
      texts.fr.statuses.paused,
    );
    expect(await paused.getAttribute('class')).not.toContain('quiet');
    expect(await card.locator('.overview-row__status').count()).toBe(0);
    await claire.getByLabel(fr.filters.status).selectOption({ label: texts.fr.statuses.paused });
    await expect.poll(headings).toEqual([newName]);
    expect(new URL(claire.url()).searchParams.get('status')).toBe('paused');
    // The due list follows the filters: the active partnership's overdue milestone goes.
    await claire.locator('.due-milestones').getByText(fr.due.empty).waitFor();
    expect(await due.count()).toBe(0);
    await claire.getByLabel(fr.filters.status).selectOption({ label: fr.filters.allStatuses });
    await expect.poll(headings).toEqual([demoName, newName]);
    await due.waitFor();

    expect(
      await claire.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth),
    ).toBe(true);
    expect((await audit(claire, 'overview (phone, fr)')).filter(isBlocking)).toEqual([]);
    await screenshot(claire, 'overview-phone-fr');

    // Turned to a wide screen, the same page is the sortable table again, in the chosen order.
    await claire.setViewportSize({ width: 1280, height: 860 });
    const rows = claire.locator('.overview-table tbody th');
    await expect
      .poll(() => rows.allInnerTexts())
      .toEqual([expect.stringContaining(demoName), expect.stringContaining(newName)]);
    expect(await claire.getByLabel(fr.filters.sort).count()).toBe(0);
    expect(programme.problems).toEqual([]);
    await programme.context.close();
  });

  it('closes the open overview of a coordinator made a plain user, and its menu entry, at once', async () => {
    const programme = await newContext(started.browser, { locale: 'fr-FR' });
    const claire = await programme.context.newPage();
    await logIn(claire, started.app.url, 'fr', demoAccount('claire.martin@programme.example'));
    await claire.getByRole('link', { name: texts.fr.nav.overview }).click();
    await claire.getByRole('heading', { level: 1, name: texts.fr.overview.title }).waitFor();
    const claireId = await claire.evaluate(
      async () => (await (await fetch('/api/auth/me')).json()).data.id,
    );

    const office = await newContext(started.browser);
    const admin = await office.context.newPage();
    await logIn(admin, started.app.url, 'de', demoAccount('admin@jumelage.example'));
    await apiRequest(admin, 'PATCH', `/api/users/${claireId}`, { globalRole: 'user' });
    // Without a reload: the page says it is closed to her (it kept failing with "not allowed",
    // a retry button beside it), and the menu no longer offers it.
    await claire.getByRole('heading', { name: texts.fr.status.forbidden.title }).waitFor();
    await claire.getByRole('link', { name: texts.fr.nav.overview }).waitFor({ state: 'detached' });

    await apiRequest(admin, 'PATCH', `/api/users/${claireId}`, { globalRole: 'coordinator' });
    await claire.getByRole('link', { name: texts.fr.nav.overview }).waitFor();
    expect(programme.problems.filter((problem) => !problem.includes('403'))).toEqual([]);
    await Promise.all([programme.context.close(), office.context.close()]);
  });

  it('keeps the focus where the coordinator is when sorting, loading more and showing all', async () => {
    // 51 partnerships in all (Anna is in each): one more than a page.
    const wolfsburg = await newContext(started.browser);
    const anna = await wolfsburg.context.newPage();
    await logIn(anna, started.app.url, 'de', demoAccount('anna.becker@wolfsburg.example'));
    const existing = await apiRequest<unknown[]>(anna, 'GET', '/api/partnerships?limit=100');
    for (let number = existing.length + 1; number <= 51; number += 1) {
      await apiRequest(anna, 'POST', '/api/partnerships', {
        name: `Kreis ${String(number).padStart(2, '0')} – Sousse`,
        municipalities: [
          { name: 'Kreis', country: 'DE', language: 'de', timeZone: 'Europe/Berlin' },
          { name: 'Sousse', country: 'TN', language: 'fr', timeZone: 'Africa/Tunis' },
        ],
      });
    }
    await wolfsburg.context.close();

    const programme = await newContext(started.browser, { locale: 'fr-FR' });
    const claire = await programme.context.newPage();
    await logIn(claire, started.app.url, 'fr', demoAccount('claire.martin@programme.example'));
    await claire.getByRole('link', { name: texts.fr.nav.overview }).click();
    const rows = claire.locator('.overview-table tbody tr');
    await expect.poll(() => rows.count()).toBe(50);
    const focused = () =>
      claire.evaluate(() => {
        const active = document.activeElement;
        return active === document.body ? 'body' : (active?.textContent ?? '');
      });

    // Sorting keeps the table while the new order loads: the header's button keeps the focus.
    await claire.getByRole('button', { name: fr.table.progress }).click();
    await expect.poll(() => rows.first().innerText()).toContain(demoName);
    expect(await focused()).toContain(fr.table.progress);
    // Pressed again, the other way round (least done first), and back; the URL keeps the order.
    const progressHeader = claire.getByRole('columnheader', { name: fr.table.progress });
    expect(await progressHeader.getAttribute('aria-sort')).toBe('descending');
    await claire.keyboard.press('Enter');
    await expect.poll(() => progressHeader.getAttribute('aria-sort')).toBe('ascending');
    await expect.poll(() => rows.first().innerText()).not.toContain(demoName);
    expect(new URL(claire.url()).searchParams.get('order')).toBe('asc');
    expect(await focused()).toContain(fr.table.progress);
    await claire.keyboard.press('Enter');
    await expect.poll(() => progressHeader.getAttribute('aria-sort')).toBe('descending');
    await expect.poll(() => rows.first().innerText()).toContain(demoName);

    // The last page: the button goes, and the focus goes on to the row it added.
    await claire.getByRole('button', { name: texts.fr.common.loadMore }).click();
    await expect.poll(() => rows.count()).toBe(51);
    await expect.poll(focused).not.toBe('body');
    expect(await claire.getByRole('button', { name: texts.fr.common.loadMore }).count()).toBe(0);
    expect(await focused()).toBe(await rows.last().getByRole('link').innerText());

    // No match, then "show all": the focus goes to the list's heading, not to the page body.
    await claire.getByLabel(fr.filters.country).selectOption({ value: 'DZ' });
    await claire.getByText(fr.table.noMatch).waitFor();
    await claire.getByRole('button', { name: fr.table.showAll }).click();
    // (The page loaded before for this order comes back with it.)
    await expect.poll(() => rows.count()).toBe(51);
    expect(await focused()).toBe(fr.table.caption);

    // Her start page lists them all too: it showed the first 50 and had no way to the rest.
    await claire.getByRole('link', { name: texts.fr.nav.partnerships }).click();
    const cards = claire.locator('.partnership-card');
    await expect.poll(() => cards.count()).toBe(50);
    await claire.getByRole('button', { name: texts.fr.common.loadMore }).click();
    await expect.poll(() => cards.count()).toBe(51);
    await expect.poll(focused).not.toBe('body');
    expect(await focused()).toBe(await cards.last().getByRole('link').innerText());
    const loaded = texts.fr.partnerships.list.loadedMore_one.replace('{{count}}', '1');
    await claire.getByRole('status').filter({ hasText: loaded }).waitFor({ state: 'attached' });
    expect(programme.problems).toEqual([]);
    await programme.context.close();
  });
});
