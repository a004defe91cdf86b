import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { audit, isBlocking, type Finding } from './axe.ts';
import { launchBrowser, newContext, startApp, type RunningApp } from './harness.ts';
import { walkWithTab } from './keyboard.ts';
import { consultationTexts as c, milestoneTexts as m, planTexts as p, texts } from './locales.ts';
import {
  adminPages,
  coordinatorPages,
  guestPages,
  invitedExpertPages,
  memberPages,
} from './mainPages.ts';
import type { DemoSpace, MainPage } from './mainPages.ts';
import { apiRequest, demoAccount, isoDaysFromNow, logIn, type Locale } from './session.ts';

const languages: Array<{ locale: Locale; browserLocale: string }> = [
  { locale: 'de', browserLocale: 'de-DE' },
  { locale: 'fr', browserLocale: 'fr-FR' },
  { locale: 'ar', browserLocale: 'ar-TN' },
  { locale: 'en', browserLocale: 'en-GB' },
];

let app: RunningApp;
let browser: Browser;
let space: DemoSpace;
const signedIn: Record<'owner' | 'coordinator' | 'admin' | 'invitedExpert', Page | undefined> = {
  owner: undefined,
  coordinator: undefined,
  admin: undefined,
  invitedExpert: undefined,
};
const problems: string[][] = [];

async function signedInPage(email: string): Promise<Page> {
  const { context, problems: seen } = await newContext(browser);
  problems.push(seen);
  const page = await context.newPage();
  await logIn(page, app.url, 'de', demoAccount(email));
  return page;
}

/** Opens each page in `locale` (the account's language decides) and audits it as it is shown. */
async function auditPages(page: Page, locale: Locale, pages: MainPage[]): Promise<Finding[]> {
  const findings: Finding[] = [];
  for (const main of pages) {
    await page.goto(`${app.url}${main.path(space)}`);
    await page.waitForFunction((lang) => document.documentElement.lang === lang, locale);
    await main.ready(page, locale, space).waitFor();
    if (main.open) await (await main.open(page, locale)).waitFor();
    findings.push(...(await audit(page, `${main.name} (${locale})`)));
  }
  return findings;
}

async function useLanguage(page: Page, locale: Locale): Promise<void> {
  await apiRequest(page, 'PATCH', '/api/users/me', { locale });
}

beforeAll(async () => {
  [app, browser] = await Promise.all([startApp({ seedDemo: true }), launchBrowser()]);
  signedIn.owner = await signedInPage('anna.becker@wolfsburg.example');
  signedIn.coordinator = await signedInPage('claire.martin@programme.example');
  signedIn.admin = await signedInPage('admin@jumelage.example');
  signedIn.invitedExpert = await signedInPage('youssef.alaoui@experts.example');
  const [consultation] = await apiRequest<Array<{ id: string }>>(
    signedIn.invitedExpert,
    'GET',
    '/api/consultations',
  );
  if (!consultation) throw new Error('the demo consultation has no external expert');
  const expertLink = await apiRequest<{ token: string }>(
    signedIn.owner,
    'POST',
    `/api/channels/${consultation.id}/invitations`,
    {},
  );
  const owner = signedIn.owner;
  const [partnership] = await apiRequest<Array<{ id: string }>>(owner, 'GET', '/api/partnerships');
  if (!partnership) throw new Error('the demo partnership is missing');
  // An invitation link not used yet, listed under the invitation form.
  await apiRequest(owner, 'POST', `/api/partnerships/${partnership.id}/invitations`, {
    role: 'member',
    municipalityIndex: 1,
  });
  const planTitle = 'Projektplan Quartierspark';
  const plan = await apiRequest<{ id: string }>(
    owner,
    'POST',
    `/api/partnerships/${partnership.id}/plans`,
    { title: planTitle, templateKey: 'project_plan', locale: 'de' },
  );
  const milestoneTitle = 'Bürgerwerkstatt im Quartier';
  const milestone = await apiRequest<{ id: string }>(
    owner,
    'POST',
    `/api/partnerships/${partnership.id}/milestones`,
    { title: milestoneTitle, dueOn: isoDaysFromNow(14) },
  );
  space = {
    partnershipId: partnership.id,
    planId: plan.id,
    planTitle,
    milestoneId: milestone.id,
    milestoneTitle,
    consultationId: consultation.id,
    expertLinkToken: expertLink.token,
  };
});
afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

describe('accessibility (axe-core, WCAG 2.1 A and AA)', () => {
  for (const { locale, browserLocale } of languages) {
    it(`shows no serious or critical violations on the main pages in ${locale}`, async () => {
      const guest = await newContext(browser, { locale: browserLocale });
      problems.push(guest.problems);
      const findings = await auditPages(await guest.context.newPage(), locale, guestPages);
      await guest.context.close();
      for (const [role, pages] of [
        ['owner', memberPages],
        ['coordinator', coordinatorPages],
        ['admin', adminPages],
        ['invitedExpert', invitedExpertPages],
      ] as const) {
        const page = signedIn[role];
        if (!page) throw new Error(`${role} is not signed in`);
        await useLanguage(page, locale);
        findings.push(...(await auditPages(page, locale, pages)));
      }
      const minor = findings.filter((finding) => !isBlocking(finding));
      if (minor.length > 0) console.log(`minor and moderate findings (${locale}):`, minor);
      expect(findings.filter(isBlocking)).toEqual([]);
    });
  }
});

describe('keyboard', () => {
  it('reaches the main actions of every main page with Tab, always with a visible focus ring', async () => {
    const owner = signedIn.owner;
    const coordinator = signedIn.coordinator;
    const invitedExpert = signedIn.invitedExpert;
    if (!owner || !coordinator || !invitedExpert) throw new Error('not signed in');
    await useLanguage(owner, 'de');
    await useLanguage(coordinator, 'fr');
    await useLanguage(invitedExpert, 'fr');
    const demoConsultation = 'Bewässerung des Quartiersparks · Irrigation du parc';
    const guest = await newContext(browser, { locale: 'de-DE' });
    problems.push(guest.problems);
    const de = texts.de;
    const checks: Array<{
      page: Page;
      path: string;
      ready: string;
      /** A button that opens a modal dialog: the walk then runs inside it and must stay there. */
      dialog?: string;
      actions: Array<string | RegExp>;
    }> = [
      {
        page: await guest.context.newPage(),
        path: '/login',
        ready: de.auth.login.title,
        actions: [
          de.app.skipToContent,
          de.auth.fields.email,
          de.auth.login.submit,
          de.auth.login.registerLink,
        ],
      },
      {
        page: owner,
        path: '/',
        ready: de.partnerships.list.title,
        actions: [
          de.nav.partnerships,
          de.partnerships.list.new,
          /Wolfsburg – Jendouba/,
          de.nav.settings,
          de.nav.logout,
        ],
      },
      {
        page: owner,
        path: '/partnerships/new',
        ready: de.createPartnership.title,
        actions: [
          de.createPartnership.name,
          de.createPartnership.addMunicipality,
          de.themes.green_spaces,
          de.createPartnership.submit,
        ],
      },
      {
        page: owner,
        path: '/settings',
        ready: de.settings.title,
        actions: [de.settings.name, de.common.save],
      },
      {
        page: owner,
        path: `/p/${space.partnershipId}/plans`,
        ready: de.space.tabs.plans,
        actions: [de.space.tabs.consultations, p.de.list.new, space.planTitle],
      },
      {
        page: owner,
        path: `/p/${space.partnershipId}/consultations`,
        ready: de.space.tabs.consultations,
        actions: [
          c.de.channels.create,
          c.de.composer.label.replace('{{channel}}', c.de.channels.general),
        ],
      },
      {
        page: owner,
        path: `/p/${space.partnershipId}/milestones`,
        ready: de.space.tabs.milestones,
        actions: [
          m.de.board.new,
          m.de.card.dragHandle.replace('{{title}}', space.milestoneTitle),
          space.milestoneTitle,
          m.de.card.moveMenuLabel.replace('{{title}}', space.milestoneTitle),
        ],
      },
      {
        page: owner,
        path: `/p/${space.partnershipId}/members`,
        ready: de.space.tabs.members,
        actions: [de.invite.create.submit],
      },
      {
        page: owner,
        path: `/p/${space.partnershipId}/plans/${space.planId}`,
        ready: space.planTitle,
        actions: [p.de.editor.label],
      },
      {
        page: coordinator,
        path: '/overview',
        ready: texts.fr.overview.title,
        actions: [/Wolfsburg – Jendouba/],
      },
      {
        page: invitedExpert,
        path: '/',
        ready: c.fr.invited.title,
        actions: [/Bewässerung des Quartiersparks/],
      },
      {
        page: invitedExpert,
        path: `/consultations/${space.consultationId}`,
        ready: c.fr.invited.title,
        actions: [
          c.fr.consultation.detailsAndActions,
          c.fr.composer.label.replace('{{channel}}', demoConsultation),
        ],
      },
      {
        page: owner,
        path: `/p/${space.partnershipId}/milestones`,
        ready: de.space.tabs.milestones,
        dialog: m.de.board.new,
        actions: [m.de.fields.title, m.de.form.create, de.common.cancel, de.common.close],
      },
      {
        page: owner,
        path: `/p/${space.partnershipId}/consultations`,
        ready: de.space.tabs.consultations,
        dialog: c.de.channels.create,
        actions: [
          c.de.form.title,
          c.de.form.startsAt,
          c.de.form.expertEmails,
          'Claire Martin',
          c.de.form.create,
          de.common.cancel,
          de.common.close,
        ],
      },
    ];
    const escaped: string[] = [];
    const unreached: string[] = [];
    const invisible: string[] = [];
    for (const check of checks) {
      await check.page.goto(`${app.url}${check.path}`);
      await check.page.getByRole('heading', { name: check.ready }).first().waitFor();
      await check.page.waitForLoadState('networkidle');
      if (check.dialog) {
        await check.page.getByRole('button', { name: check.dialog }).click();
        await check.page.locator('dialog[open]').waitFor();
      }
      const stops = await walkWithTab(check.page);
      if (check.dialog) {
        for (const stop of stops.filter((s) => !s.isInDialog)) {
          escaped.push(`${check.dialog}: ${stop.name}`);
        }
        await check.page.keyboard.press('Escape');
      }
      for (const action of check.actions) {
        const found = stops.some((stop) =>
          // Names come with their spaces made plain (French no-break ones too).
          typeof action === 'string'
            ? stop.name === action.replace(/\s+/g, ' ')
            : action.test(stop.name),
        );
        if (!found) unreached.push(`${check.path}: ${String(action)}`);
      }
      for (const stop of stops.filter((s) => s.ring === 'none')) {
        invisible.push(`${check.path}: ${stop.name} ${stop.html}`);
      }
    }
    expect(unreached).toEqual([]);
    expect(invisible).toEqual([]);
    expect(escaped).toEqual([]);
  });

  it('logs no console errors while doing so', () => {
    expect(problems.flat()).toEqual([]);
  });
});
