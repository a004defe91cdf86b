import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { column, moveToInProgressByKeyboard, waitForSavedDrop } from './board.ts';
import { bubble, composer, send, storedCount } from './chat.ts';
import { launchBrowser, newContext, screenshot, startApp, type RunningApp } from './harness.ts';
import { copyInvitationLink, createPartnership, expectBoardMirrored } from './journeySteps.ts';
import { expectFieldFollowsTyping, expectMirroredShell } from './journeySteps.ts';
import { expectOverviewFigures, makeCoordinator } from './journeySteps.ts';
import { scheduleConsultation, startMilestoneFromMessage } from './journeySteps.ts';
import { consultationTexts as c, milestoneTexts as m, overviewTexts as o } from './locales.ts';
import { planTexts as p, texts } from './locales.ts';
import {
  documentText,
  newParagraphAtEnd,
  planEditor,
  planStatus,
  waitForText,
} from './planEditor.ts';
import { chooseLanguage, fillRegistration, isoDaysFromNow, type Account } from './session.ts';

type Context = Awaited<ReturnType<typeof newContext>>;

// A real deployment starts empty: whoever registers first becomes the administrator. That is the
// programme office running the server; it later makes the programme's coordinator a coordinator.
// The municipalities' staff register themselves (the partner through the invitation link).
const accounts = {
  office: account('Programmbüro', 'betrieb@programme.example'),
  anna: account('Anna Becker', 'anna.becker@wolfsburg.example'),
  karim: account('Karim Ben Salah', 'karim.bensalah@jendouba.example'),
  claire: account('Claire Martin', 'claire.martin@programme.example'),
};
function account(name: string, email: string): Account {
  return { name, email, password: 'ein langes Passwort 2026' };
}

const partnershipName = 'Wolfsburg – Jendouba';
const planTitle = 'Projektplan Quartierspark';
const proposal = 'Atelier citoyen au parc en mai, avec les riverains';
const timings: Record<string, number> = {};

let app: RunningApp;
let browser: Browser;
let office: Context, wolfsburg: Context, jendouba: Context, programme: Context;
let anna: Page, karim: Page, claire: Page;
let spaceUrl = '';
let planUrl = '';

beforeAll(async () => {
  [app, browser] = await Promise.all([startApp({ seedDemo: false }), launchBrowser()]);
  office = await newContext(browser, { locale: 'en-GB', timezoneId: 'Europe/Berlin' });
  wolfsburg = await newContext(browser, { locale: 'de-DE', timezoneId: 'Europe/Berlin' });
  jendouba = await newContext(browser, { locale: 'fr-FR', timezoneId: 'Africa/Tunis' });
  programme = await newContext(browser, { locale: 'fr-FR', timezoneId: 'Europe/Brussels' });
  await wolfsburg.context.grantPermissions(['clipboard-read', 'clipboard-write'], {
    origin: app.url,
  });
  [anna, karim, claire] = await Promise.all([
    wolfsburg.context.newPage(),
    jendouba.context.newPage(),
    programme.context.newPage(),
  ]);
});
afterEach(async ({ task }) => {
  if (task.result?.state !== 'fail') return;
  console.log(app.output().slice(-4000));
  // What each browser showed when the step failed.
  for (const [name, page] of Object.entries({ anna, karim, claire })) {
    await screenshot(page, `journey-failed-${name}`).catch(() => undefined);
  }
});
afterAll(async () => {
  console.log('journey timings (ms):', timings);
  await browser?.close();
  await app?.stop();
});

describe('the journey: two municipalities, one plan, one consultation, one board', () => {
  it('starts on an empty server: the programme office registers first and administers it', async () => {
    const page = await office.context.newPage();
    await page.goto(`${app.url}/register`);
    await fillRegistration(page, 'en', accounts.office);
    await page.getByRole('link', { name: texts.en.nav.users }).waitFor();
  });

  it('the Wolfsburg owner registers in German and creates the partnership', async () => {
    await anna.goto(app.url);
    await anna.waitForURL(/\/login$/);
    await anna.getByRole('heading', { name: texts.de.auth.login.title }).waitFor();
    await screenshot(anna, 'journey-01-login-de');
    await anna
      .getByRole('main')
      .getByRole('link', { name: texts.de.auth.login.registerLink })
      .click();
    await anna.getByRole('heading', { name: texts.de.auth.register.title }).waitFor();
    await screenshot(anna, 'journey-02-register-de');
    await fillRegistration(anna, 'de', accounts.anna);
    await anna.getByRole('heading', { name: texts.de.partnerships.list.emptyTitle }).waitFor();
    await screenshot(anna, 'journey-03-no-partnerships-de');

    await anna.getByRole('link', { name: texts.de.partnerships.list.createFirst }).click();
    await createPartnership(anna, partnershipName, ['Wolfsburg', 'Jendouba']);
    await screenshot(anna, 'journey-04-create-partnership-de');
    await anna.getByRole('button', { name: texts.de.createPartnership.submit }).click();
    await anna.waitForURL(/\/p\/[a-f0-9]{24}\/members$/);
    spaceUrl = anna.url().replace(/\/members$/, '');
  });

  it('copies an invitation link; the Jendouba partner registers through it in French', async () => {
    // The only owner cannot step down: the reason is said in plain words.
    const ownRole = texts.de.members.roleOf.replace('{{name}}', accounts.anna.name);
    await anna.getByRole('combobox', { name: ownRole }).selectOption('member');
    await anna.getByText(texts.de.members.ownRoleWarning).waitFor();
    await anna
      .getByRole('button', { name: texts.de.common.applyChoice.replace('{{subject}}', ownRole) })
      .click();
    await anna.getByRole('alert').getByText(texts.de.members.lastOwner).waitFor();

    const inviteUrl = await copyInvitationLink(anna, 'Jendouba');
    expect(inviteUrl).toMatch(/\/invite\/[A-Za-z0-9_-]{43}$/);
    await screenshot(anna, 'journey-05-invitation-link-de');

    await karim.goto(inviteUrl);
    await karim.getByRole('heading', { name: texts.fr.invite.accept.title }).waitFor();
    await screenshot(karim, 'journey-06-invitation-fr');
    await karim
      .getByRole('main')
      .getByRole('link', { name: texts.fr.invite.accept.register })
      .click();
    await fillRegistration(karim, 'fr', accounts.karim);
    await karim.getByRole('button', { name: texts.fr.invite.accept.submit }).click();
    await karim.waitForURL(`${spaceUrl}/plans`);
    expect(await karim.locator('html').getAttribute('lang')).toBe('fr');
    await karim.getByRole('heading', { name: p.fr.list.emptyTitle }).waitFor();
  });

  it('both write the project plan live, with named carets and an Arabic paragraph set right to left', async () => {
    await anna.getByRole('link', { name: texts.de.space.tabs.plans }).click();
    await anna.getByRole('heading', { name: p.de.list.emptyTitle }).waitFor();
    await screenshot(anna, 'journey-07-no-plans-de');
    await anna.getByRole('button', { name: p.de.list.new }).click();
    await anna.getByLabel(p.de.create.name).fill(planTitle);
    await anna.getByRole('radio', { name: new RegExp(p.de.templates.project_plan) }).check();
    await anna.getByRole('button', { name: p.de.create.submit }).click();
    await anna.waitForURL(/\/plans\/[a-f0-9]{24}$/);
    planUrl = anna.url();
    await planStatus(anna, p.de.status.saved).waitFor();

    // The new plan appears in Jendouba's list without a reload.
    await karim.getByRole('link', { name: planTitle }).click();
    await planStatus(karim, p.fr.status.saved).waitFor();
    expect(await planEditor(karim, 'fr').getAttribute('contenteditable')).toBe('true');

    await newParagraphAtEnd(anna);
    await anna.keyboard.type('Gemeinsamer Park am Fluss');
    timings.wolfsburgToJendouba = await waitForText(karim, 'Gemeinsamer Park am Fluss', 2000);
    await karim
      .locator('.collaboration-carets__label', { hasText: 'Anna Becker' })
      .waitFor({ timeout: 2000 });

    await newParagraphAtEnd(karim);
    await karim.keyboard.type('Nous ajoutons le calendrier des travaux.');
    timings.jendoubaToWolfsburg = await waitForText(anna, 'le calendrier des travaux', 2000);
    await anna
      .locator('.collaboration-carets__label', { hasText: 'Karim Ben Salah' })
      .waitFor({ timeout: 2000 });

    await karim.keyboard.press('Enter');
    await karim.keyboard.type('حديقة مشتركة على ضفة النهر');
    for (const page of [anna, karim]) {
      const arabic = page.locator('.ProseMirror[role=textbox] > p', { hasText: 'حديقة مشتركة' });
      await arabic.waitFor({ timeout: 2000 });
      expect(await arabic.evaluate((element) => getComputedStyle(element).direction)).toBe('rtl');
      const german = page.locator('.ProseMirror[role=textbox] > p', {
        hasText: 'Gemeinsamer Park',
      });
      expect(await german.evaluate((element) => getComputedStyle(element).direction)).toBe('ltr');
    }
    await screenshot(anna, 'journey-08-plan-editor-de');
    await screenshot(karim, 'journey-09-plan-editor-fr');
  });

  it('Jendouba goes offline, keeps typing, and the text reaches Wolfsburg once it is back', async () => {
    await jendouba.context.setOffline(true);
    await planStatus(karim, p.fr.status.offline).waitFor();
    await newParagraphAtEnd(karim);
    await karim.keyboard.type('Écrit hors ligne à Jendouba');
    await anna.waitForTimeout(500);
    expect(await documentText(anna)).not.toContain('Écrit hors ligne');
    await screenshot(karim, 'journey-10-plan-offline-fr');

    await jendouba.context.setOffline(false);
    timings.offlineTextArrived = await waitForText(anna, 'Écrit hors ligne à Jendouba', 15_000);
    await planStatus(karim, p.fr.status.saved).waitFor();
  });

  it('a consultation is scheduled; messages go both ways; one sent offline arrives exactly once', async () => {
    for (const [page, locale] of [
      [anna, 'de'],
      [karim, 'fr'],
    ] as const) {
      await page.getByRole('link', { name: new RegExp(partnershipName) }).click();
      await page.getByRole('link', { name: texts[locale].space.tabs.consultations }).click();
      await composer(page, locale).waitFor();
    }
    await scheduleConsultation(anna, 'Bürgerwerkstatt vorbereiten', isoDaysFromNow(7));
    const listed = karim.getByRole('link', { name: /Bürgerwerkstatt vorbereiten/ });
    await listed.waitFor();
    expect(await listed.innerText()).toContain(c.fr.phases.upcoming);
    await screenshot(anna, 'journey-11-consultation-de');
    await anna.getByRole('link', { name: new RegExp(`^${c.de.channels.general}`) }).click();
    await composer(anna, 'de').waitFor();

    await send(anna, 'de', 'Guten Tag Jendouba! Wann passt euch die Bürgerwerkstatt?');
    await bubble(karim, 'Wann passt euch die Bürgerwerkstatt?').waitFor();
    await send(karim, 'fr', proposal);
    await bubble(anna, proposal).waitFor();

    const offline = 'Envoyé hors ligne, reçu une seule fois';
    await jendouba.context.setOffline(true);
    await karim.getByText(texts.fr.app.offline).waitFor();
    await send(karim, 'fr', offline);
    await karim.locator('.message--pending').getByText(c.fr.outbox.waiting).waitFor();
    await screenshot(karim, 'journey-12-consultations-offline-fr');
    await jendouba.context.setOffline(false);
    await bubble(anna, offline).waitFor({ timeout: 60_000 });
    await karim.locator('.message--pending').waitFor({ state: 'detached', timeout: 60_000 });
    expect(await bubble(anna, offline).count()).toBe(1);
    expect(await bubble(karim, offline).count()).toBe(1);
    expect(await storedCount(anna, offline)).toBe(1);
    await screenshot(anna, 'journey-13-consultations-de');
  });

  it('a milestone is created from a message and moved to "in progress" by keyboard, live for the partner', async () => {
    // Cancelled, the draft goes back to the conversation the message is in, not to the board.
    const cancelled = await startMilestoneFromMessage(anna, proposal);
    await cancelled.dialog.getByRole('button', { name: texts.de.common.cancel }).click();
    await anna.waitForURL(/\/consultations\?channel=[a-f0-9]{24}$/);
    await anna.locator('.messages li.message', { hasText: proposal }).waitFor();
    // ... with the focus on the conversation's heading, not at the top of the page.
    await expect
      .poll(() => anna.evaluate(() => document.activeElement?.matches('.conversation h3')))
      .toBe(true);
    const { visited, dialog } = await startMilestoneFromMessage(anna, proposal);
    const draft = visited.map((url) => new URL(url)).find((url) => url.searchParams.has('new'));
    expect(draft?.pathname).toBe(new URL(`${spaceUrl}/milestones`).pathname);
    expect(draft?.searchParams.get('new')).toBe('1');
    expect(draft?.searchParams.get('title')).toBe(proposal);
    expect(await dialog.getByLabel(m.de.fields.title).inputValue()).toBe(proposal);
    expect(
      await dialog.getByRole('textbox', { name: new RegExp(m.de.fields.description) }).inputValue(),
    ).toContain('Karim Ben Salah');
    await dialog.getByLabel(new RegExp(`^${m.de.fields.dueOn}`)).fill(isoDaysFromNow(30));
    await dialog.getByRole('checkbox', { name: /Karim Ben Salah/ }).check();
    await dialog.getByRole('checkbox', { name: /Anna Becker/ }).check();
    await screenshot(anna, 'journey-14-milestone-from-message-de');
    await dialog.getByRole('button', { name: m.de.form.create }).click();
    await dialog.waitFor({ state: 'detached' });
    await column(anna, 'planned').getByRole('button', { name: proposal, exact: true }).waitFor();

    await karim.getByRole('link', { name: texts.fr.space.tabs.milestones }).click();
    await column(karim, 'planned').getByRole('button', { name: proposal, exact: true }).waitFor();

    await moveToInProgressByKeyboard(anna, 'de', proposal, { position: 1, total: 1 });
    await waitForSavedDrop(anna, 'de', proposal, { position: 1, total: 1 });
    await column(karim, 'in_progress')
      .getByRole('button', { name: proposal, exact: true })
      .waitFor();
    await screenshot(anna, 'journey-15-board-de');
    await screenshot(karim, 'journey-16-board-fr');
  });

  it('the coordinator sees the figures in the overview but cannot open the plan', async () => {
    await claire.goto(`${app.url}/register`);
    await fillRegistration(claire, 'fr', accounts.claire);
    const admin = office.context.pages()[0];
    if (!admin) throw new Error('the programme office page is gone');
    await makeCoordinator(admin, accounts.claire.name);
    await screenshot(admin, 'journey-17-admin-users-en');

    await claire.reload();
    await claire.getByRole('link', { name: texts.fr.nav.overview }).click();
    const row = claire.locator('.overview-table tbody tr', { hasText: partnershipName });
    await row.waitFor();
    await expectOverviewFigures(row, { planned: 0, in_progress: 1, done: 0, blocked: 0 });
    expect(await row.innerText()).toContain(proposal); // the next milestone due
    await screenshot(claire, 'journey-18-overview-fr');

    // A filter without a match says so and offers the way back.
    await claire.getByLabel(o.fr.filters.country).selectOption('MA');
    await claire.getByRole('heading', { name: o.fr.table.noMatch }).waitFor();
    await claire.getByRole('button', { name: o.fr.table.showAll }).click();
    await row.waitFor();

    await row.getByRole('link', { name: partnershipName }).click();
    await claire.getByText(m.fr.board.readOnly).waitFor();
    const sections = claire.getByRole('navigation', { name: texts.fr.space.sections });
    await sections.getByRole('link', { name: texts.fr.space.tabs.milestones }).waitFor();
    expect(await sections.getByRole('link', { name: texts.fr.space.tabs.plans }).count()).toBe(0);
    await claire.goto(`${spaceUrl}/plans`);
    await claire.waitForURL(`${spaceUrl}/consultations`);
    await claire.goto(planUrl);
    await claire.getByRole('heading', { name: texts.fr.status.notFound.title }).waitFor();
    expect(await claire.locator('.ProseMirror').count()).toBe(0);
    const planStatusCode = await claire.evaluate(
      async (url) => (await fetch(url)).status,
      `/api/plans/${planUrl.split('/').pop()}`,
    );
    expect(planStatusCode).toBe(404);
  });

  it('the whole interface in Arabic is mirrored', async () => {
    await chooseLanguage(karim, 'fr', 'ar');
    await karim.waitForFunction(() => document.documentElement.dir === 'rtl');
    await karim.getByRole('heading', { name: m.ar.status.planned }).waitFor();
    await expectMirroredShell(karim);
    await expectBoardMirrored(karim);
    await screenshot(karim, 'journey-ar-board');
    await karim.getByRole('button', { name: m.ar.board.new }).click();
    await expectFieldFollowsTyping(karim.getByRole('dialog').getByLabel(m.ar.fields.title));
    await karim.keyboard.press('Escape');

    const tabContent = {
      consultations: composer(karim, 'ar'),
      members: karim.locator('.member-list'),
      plans: karim.getByRole('link', { name: planTitle }),
    };
    for (const [tab, content] of Object.entries(tabContent)) {
      await karim
        .getByRole('link', { name: texts.ar.space.tabs[tab as keyof typeof tabContent] })
        .click();
      await content.waitFor();
      await expectMirroredShell(karim);
      await screenshot(karim, `journey-ar-${tab}`);
    }
    // Empty fields start at the right, as the page does; what is typed sets its own direction.
    await karim.getByRole('link', { name: texts.ar.space.tabs.consultations }).click();
    await expectFieldFollowsTyping(composer(karim, 'ar'));
    await karim.getByRole('link', { name: texts.ar.space.tabs.plans }).click();
    await karim.getByRole('link', { name: planTitle }).click();
    await planStatus(karim, p.ar.status.saved).waitFor();
    await expectMirroredShell(karim);
    // The Arabic interface does not turn the German text around.
    const german = karim.locator('.ProseMirror[role=textbox] > p', { hasText: 'Gemeinsamer Park' });
    expect(await german.evaluate((element) => getComputedStyle(element).direction)).toBe('ltr');
    await screenshot(karim, 'journey-ar-plan-editor');
    await karim.getByRole('link', { name: texts.ar.nav.partnerships }).click();
    await karim.getByRole('heading', { name: texts.ar.partnerships.list.title }).waitFor();
    await expectMirroredShell(karim);
    await screenshot(karim, 'journey-ar-partnerships');
    await karim.getByRole('link', { name: texts.ar.nav.settings }).click();
    await karim.getByRole('heading', { name: texts.ar.settings.title }).waitFor();
    // His time zone is offered first, under Germany and the Maghreb, with its offset, and its city
    // is named in Arabic too.
    const zone = await karim.getByLabel(texts.ar.settings.timeZone).evaluate((select) => {
      const option = select instanceof HTMLSelectElement ? select.selectedOptions[0] : undefined;
      return { text: option?.textContent, group: option?.parentElement?.getAttribute('label') };
    });
    expect(zone).toEqual({
      text: `تونس: \u2068${texts.ar.timeZones.cities.tunis} (UTC+01:00)\u2069`,
      group: texts.ar.timeZones.programme,
    });
    // Typing a city's first letters finds it (not saved).
    const zoneSelect = karim.getByLabel(texts.ar.settings.timeZone);
    await zoneSelect.focus();
    await karim.keyboard.type('Amst');
    expect(await zoneSelect.inputValue()).toBe('Europe/Amsterdam');
    await screenshot(karim, 'journey-ar-settings');

    await chooseLanguage(claire, 'fr', 'ar');
    await claire.getByRole('link', { name: texts.ar.nav.overview }).click();
    await claire.locator('.overview-table tbody tr', { hasText: partnershipName }).waitFor();
    await expectMirroredShell(claire);
    const headers = claire.locator('.overview-table thead th');
    const first = await headers.first().boundingBox();
    const second = await headers.nth(1).boundingBox();
    expect(first && second && first.x > second.x).toBe(true);
    await screenshot(claire, 'journey-ar-overview');
  });

  it('shows no errors in any browser beyond those caused on purpose', () => {
    const expected = (problem: string) =>
      problem.includes('ERR_INTERNET_DISCONNECTED') ||
      // The coordinator's refused plan: GET /api/plans/:id answers 404.
      problem.includes('the server responded with a status of 404');
    // The sole owner's refused step down: the role change answers 409.
    const refusedStepDown = (problem: string) => problem.includes('status of 409 (Conflict)');
    expect(office.problems).toEqual([]);
    expect(wolfsburg.problems.filter((problem) => !refusedStepDown(problem))).toEqual([]);
    expect(jendouba.problems.filter((problem) => !expected(problem))).toEqual([]);
    expect(programme.problems.filter((problem) => !expected(problem))).toEqual([]);
  });
});
