import type { Locator, Page } from 'playwright-core';
import { consultationTexts as c, milestoneTexts as m, planTexts as p, texts } from './locales.ts';
import type { Locale } from './session.ts';

/** The demo data the main pages are opened with. */
export interface DemoSpace {
  partnershipId: string;
  planId: string;
  planTitle: string;
  milestoneId: string;
  milestoneTitle: string;
  /** The demo consultation, to which the external expert is invited. */
  consultationId: string;
  /** An unused invitation link for one more external expert to that consultation. */
  expertLinkToken: string;
}

/** A main page: where it is, how to tell it is ready, and an optional step that opens a dialog. */
export interface MainPage {
  name: string;
  path: (space: DemoSpace) => string;
  ready: (page: Page, locale: Locale, space: DemoSpace) => Locator;
  open?: (page: Page, locale: Locale) => Promise<Locator>;
}

const heading = (page: Page, name: string) => page.getByRole('heading', { name, level: 1 });
const space = (s: DemoSpace, tab: string) => `/p/${s.partnershipId}/${tab}`;

export const guestPages: MainPage[] = [
  {
    name: 'login',
    path: () => '/login',
    ready: (page, l) => heading(page, texts[l].auth.login.title),
  },
  {
    name: 'register',
    path: () => '/register',
    ready: (page, l) => heading(page, texts[l].auth.register.title),
  },
  {
    name: 'expert-link',
    path: (s) => `/consultation-invite/${s.expertLinkToken}`,
    ready: (page, l) => page.getByRole('link', { name: texts[l].invite.accept.register }).last(),
  },
];

/** What a partnership owner sees. */
export const memberPages: MainPage[] = [
  {
    name: 'partnership-list',
    path: () => '/',
    ready: (page) => page.getByRole('link', { name: /Wolfsburg – Jendouba/ }),
  },
  {
    name: 'create-partnership',
    path: () => '/partnerships/new',
    ready: (page, l) => heading(page, texts[l].createPartnership.title),
  },
  {
    name: 'plans',
    path: (s) => space(s, 'plans'),
    ready: (page, _l, s) => page.getByRole('link', { name: s.planTitle }),
  },
  {
    name: 'new-plan-dialog',
    path: (s) => space(s, 'plans'),
    ready: (page, _l, s) => page.getByRole('link', { name: s.planTitle }),
    open: async (page, l) => {
      await page.getByRole('button', { name: p[l].list.new }).click();
      return page.getByRole('dialog', { name: p[l].create.title }).getByLabel(p[l].create.name);
    },
  },
  {
    name: 'consultations',
    path: (s) => space(s, 'consultations'),
    ready: (page, l) =>
      page.getByRole('textbox', {
        name: c[l].composer.label.replace('{{channel}}', c[l].channels.general),
      }),
  },
  {
    name: 'consultation-dialog',
    path: (s) => space(s, 'consultations'),
    ready: (page, l) => page.getByRole('button', { name: c[l].channels.create }),
    open: async (page, l) => {
      await page.getByRole('button', { name: c[l].channels.create }).click();
      return page.getByRole('dialog', { name: c[l].form.createTitle }).getByLabel(c[l].form.title);
    },
  },
  {
    name: 'milestones',
    path: (s) => space(s, 'milestones'),
    ready: (page, _l, s) => page.getByRole('button', { name: s.milestoneTitle, exact: true }),
  },
  {
    name: 'milestone-create-dialog',
    path: (s) => space(s, 'milestones'),
    ready: (page, _l, s) => page.getByRole('button', { name: s.milestoneTitle, exact: true }),
    open: async (page, l) => {
      await page.getByRole('button', { name: m[l].board.new }).click();
      return page
        .getByRole('dialog', { name: m[l].form.createTitle })
        .getByLabel(m[l].fields.title);
    },
  },
  {
    name: 'milestone-detail-dialog',
    path: (s) => `${space(s, 'milestones')}?milestone=${s.milestoneId}`,
    ready: (page, l, s) =>
      page.getByRole('dialog', { name: s.milestoneTitle }).getByLabel(m[l].fields.title),
  },
  {
    name: 'members',
    path: (s) => space(s, 'members'),
    ready: (page, l) => page.getByRole('heading', { name: texts[l].invite.create.title }),
  },
  {
    name: 'members-open-links',
    path: (s) => space(s, 'members'),
    ready: (page, l) => page.getByRole('heading', { name: texts[l].invite.create.title }),
    open: async (page, l) => {
      await page.locator('.invite .open-links summary').click();
      return page.getByRole('button', { name: texts[l].openLinks.revoke }).first();
    },
  },
  {
    name: 'plan-editor',
    path: (s) => `/p/${s.partnershipId}/plans/${s.planId}`,
    ready: (page, l) => page.locator('.plan-status', { hasText: p[l].status.saved }),
  },
  {
    name: 'settings',
    path: () => '/settings',
    ready: (page, l) => heading(page, texts[l].settings.title),
  },
];

/** The programme coordinator's overview. */
export const coordinatorPages: MainPage[] = [
  {
    name: 'overview',
    path: () => '/overview',
    ready: (page) => page.locator('.overview-table tbody tr', { hasText: 'Wolfsburg – Jendouba' }),
  },
];

/** What an external expert sees: their invitations, and one consultation outside the space. */
export const invitedExpertPages: MainPage[] = [
  {
    name: 'invitations',
    path: () => '/',
    ready: (page, l) => page.getByRole('heading', { name: c[l].invited.title, level: 2 }),
  },
  {
    name: 'invited-consultation',
    path: (s) => `/consultations/${s.consultationId}`,
    ready: (page, l) => page.getByRole('heading', { name: c[l].invited.title, level: 2 }),
  },
];

/** The administrators' list of accounts. */
export const adminPages: MainPage[] = [
  {
    name: 'admin-users',
    path: () => '/admin/users',
    ready: (page) => page.getByRole('listitem').filter({ hasText: 'Claire Martin' }),
  },
];
