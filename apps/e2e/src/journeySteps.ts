import { expect } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import {
  adminTexts,
  consultationTexts as c,
  milestoneTexts as m,
  overviewTexts as o,
  texts,
} from './locales.ts';
import type { Locale } from './session.ts';

/** The owner fills "new partnership" for two municipalities and lands on its members tab. */
export async function createPartnership(page: Page, name: string, places: [string, string]) {
  const t = texts.de;
  await page.getByLabel(t.createPartnership.name).fill(name);
  const names = page.getByLabel(t.createPartnership.municipalityName);
  await names.nth(0).fill(places[0]);
  await names.nth(1).fill(places[1]);
  await page.getByLabel(t.themes.green_spaces).check();
  await page.getByLabel(t.themes.urban_development).check();
  await page
    .getByLabel(t.createPartnership.description)
    .fill('Gemeinsame Planung eines Quartiersparks in Jendouba');
}

/** Creates an invitation link for the partner municipality and copies it the way a user would. */
export async function copyInvitationLink(page: Page, municipality: string): Promise<string> {
  const t = texts.de;
  await page
    .getByLabel(t.invite.create.municipality, { exact: true })
    .selectOption({ label: municipality });
  await page.getByRole('button', { name: t.invite.create.submit }).click();
  await page.getByRole('button', { name: t.common.copy }).click();
  await page.getByText(t.common.copied).waitFor();
  return page.evaluate(() => navigator.clipboard.readText());
}

/** Schedules a consultation a week from now, 10:00 to 11:30 in the owner's time zone. */
export async function scheduleConsultation(page: Page, title: string, day: string) {
  await page.getByRole('button', { name: c.de.channels.create }).click();
  const dialog = page.getByRole('dialog', { name: c.de.form.createTitle });
  await dialog.getByLabel(c.de.form.title).fill(title);
  await dialog.getByLabel(c.de.form.startsAt).fill(`${day}T10:00`);
  await dialog.getByLabel(c.de.form.endsAt).fill(`${day}T11:30`);
  await dialog.getByLabel(c.de.form.agenda).fill('Ort und Termin\nEinladung der Anwohner');
  await dialog.getByRole('button', { name: c.de.form.create }).click();
  await page.getByRole('heading', { name: title }).waitFor();
}

/**
 * "Create milestone" in a message's menu: the board opens with `?new=1&title=…` and the create
 * dialog prefilled. Returns the addresses the page went through and the open dialog.
 */
export async function startMilestoneFromMessage(page: Page, messageText: string) {
  const visited: string[] = [];
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame()) visited.push(frame.url());
  });
  const message = page.locator('.messages li.message', { hasText: messageText });
  await message.locator('summary').click();
  await message.getByRole('button', { name: c.de.messages.createMilestone }).click();
  const dialog = page.getByRole('dialog', { name: m.de.form.createTitle });
  await dialog.waitFor();
  return { visited, dialog };
}

/** Where an element sits horizontally: its left edge and its centre, in CSS pixels. */
export async function horizontal(page: Page, selector: string) {
  const box = await page.locator(selector).first().boundingBox();
  if (!box) throw new Error(`${selector} is not on screen`);
  return { left: box.x, centre: box.x + box.width / 2, right: box.x + box.width };
}

/** In Arabic the page is mirrored: the app name sits right of the navigation, at the right edge. */
export async function expectMirroredShell(page: Page, locale: Locale = 'ar') {
  expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
  expect(await page.locator('html').getAttribute('lang')).toBe(locale);
  const brand = await horizontal(page, '.app-name');
  const nav = await horizontal(page, '.main-nav');
  const tools = await horizontal(page, '.app-header__tools');
  const width = page.viewportSize()?.width ?? 0;
  expect(brand.left).toBeGreaterThan(nav.right);
  expect(nav.left).toBeGreaterThan(tools.right - 1);
  expect(brand.centre).toBeGreaterThan(width / 2);
}

/** The administrator makes an account a coordinator on the users page. */
export async function makeCoordinator(admin: Page, name: string) {
  const t = texts.en;
  await admin.getByRole('link', { name: t.nav.users }).click();
  const roleOf = adminTexts.en.roleOf.replace('{{name}}', name);
  await admin.getByRole('combobox', { name: roleOf }).selectOption('coordinator');
  await admin
    .getByRole('button', { name: t.common.applyChoice.replace('{{subject}}', roleOf) })
    .click();
  const changed = adminTexts.en.roleChanged
    .replace('{{name}}', name)
    .replace('{{role}}', t.globalRoles.coordinator);
  await admin.getByText(changed).waitFor({ state: 'attached' });
  // Their own card names their role and offers no select: the server refuses a self-demotion.
  const list = admin.getByRole('list', { name: adminTexts.en.listLabel });
  await list
    .getByText(adminTexts.en.ownRole.replace('{{role}}', t.globalRoles.admin))
    .waitFor();
  expect(await list.getByRole('combobox').count()).toBe(
    (await list.getByRole('listitem').count()) - 1,
  );
  // On a phone every card fits the screen: nothing scrolls sideways, the role and its button in view.
  const size = admin.viewportSize();
  await admin.setViewportSize({ width: 390, height: 844 });
  expect(await admin.evaluate(() => document.documentElement.scrollWidth)).toBe(390);
  const select = admin.getByRole('combobox', { name: roleOf });
  await select.scrollIntoViewIfNeeded();
  const box = await select.boundingBox();
  expect(box && box.x >= 0 && box.x + box.width <= 390).toBe(true);
  if (size) await admin.setViewportSize(size);
}

/** A partnership's row in the (French) overview shows these milestone counts, 0 % done, none overdue. */
export async function expectOverviewFigures(row: Locator, counts: Record<string, number>) {
  const figures = await row.innerText();
  const plural = new Intl.PluralRules('fr');
  for (const [status, count] of Object.entries(counts)) {
    const key = `${status}_${plural.select(count) === 'one' ? 'one' : 'other'}`;
    const text = Object.entries(o.fr.counts).find(([name]) => name === key)?.[1];
    expect(figures).toContain(text?.replace('{{count}}', String(count)));
  }
  const percent = new Intl.NumberFormat('fr', { style: 'percent' }).format(0);
  expect(figures).toContain(o.fr.table.percentDone.replace('{{percent}}', percent));
  expect(figures).toContain(o.fr.table.overdueCount_one.replace('{{count}}', '0'));
}

/** The Arabic board runs right to left: "planned" on the right, the first section tab too. */
export async function expectBoardMirrored(page: Page) {
  const planned = await horizontal(page, 'section.board-column--planned');
  const inProgress = await horizontal(page, 'section.board-column--in_progress');
  const blocked = await horizontal(page, 'section.board-column--blocked');
  expect(planned.left).toBeGreaterThan(inProgress.right - 1);
  expect(inProgress.left).toBeGreaterThan(blocked.right - 1);
  const tabs = page.getByRole('navigation', { name: texts.ar.space.sections }).getByRole('link');
  const first = await tabs.first().boundingBox();
  const last = await tabs.last().boundingBox();
  expect(first && last && first.x > last.x).toBe(true);
}

/** An empty field starts at the page's right; what is typed sets its own direction. */
export async function expectFieldFollowsTyping(field: Locator) {
  const direction = () => field.evaluate((element) => getComputedStyle(element).direction);
  expect(await direction()).toBe('rtl');
  await field.fill('Bonjour Wolfsburg');
  expect(await direction()).toBe('ltr');
  await field.fill('');
  expect(await direction()).toBe('rtl');
}
