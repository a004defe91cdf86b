import type { ReactNode } from 'react';
import { Redirect, Route, Switch } from 'wouter';
import type { GlobalRole } from '@jumelage/contracts/constants';
import { StatusPage } from './components/StatusPage.tsx';
import { GuestOnly, RequireAuth } from './features/auth/RequireAuth.tsx';
import { path } from './lib/api.ts';
import { lazyPage, type LazyPage } from './lib/lazyPage.ts';

type Access = 'anyone' | 'guest' | 'user' | readonly GlobalRole[];

interface PageRoute {
  path: string;
  page: LazyPage;
  access: Access;
}

// Every page is its own chunk, so the first load carries only the shell.
const routes: PageRoute[] = [
  {
    path: '/login',
    page: lazyPage(() => import('./features/auth/LoginPage.tsx').then((m) => m.LoginPage)),
    access: 'guest',
  },
  {
    path: '/register',
    page: lazyPage(() => import('./features/auth/RegisterPage.tsx').then((m) => m.RegisterPage)),
    access: 'guest',
  },
  {
    path: '/invite/:token',
    page: lazyPage(() =>
      import('./features/partnerships/AcceptInvitationPage.tsx').then(
        (m) => m.AcceptInvitationPage,
      ),
    ),
    access: 'anyone',
  },
  {
    path: '/consultation-invite/:token',
    page: lazyPage(() =>
      import('./features/consultations/ExpertLinkPage.tsx').then((m) => m.ExpertLinkPage),
    ),
    access: 'anyone',
  },
  {
    path: '/',
    page: lazyPage(() =>
      import('./features/partnerships/PartnershipListPage.tsx').then((m) => m.PartnershipListPage),
    ),
    access: 'user',
  },
  {
    path: '/partnerships/new',
    page: lazyPage(() =>
      import('./features/partnerships/CreatePartnershipPage.tsx').then(
        (m) => m.CreatePartnershipPage,
      ),
    ),
    access: 'user',
  },
  {
    path: '/p/:id/:tab',
    page: lazyPage(() =>
      import('./features/partnerships/PartnershipSpacePage.tsx').then(
        (m) => m.PartnershipSpacePage,
      ),
    ),
    access: 'user',
  },
  {
    path: '/p/:id/plans/:planId',
    page: lazyPage(() => import('./features/plans/PlanPage.tsx').then((m) => m.PlanPage)),
    access: 'user',
  },
  {
    path: '/consultations/:channelId',
    page: lazyPage(() =>
      import('./features/consultations/InvitedConsultationPage.tsx').then(
        (m) => m.InvitedConsultationPage,
      ),
    ),
    access: 'user',
  },
  {
    path: '/settings',
    page: lazyPage(() => import('./features/users/SettingsPage.tsx').then((m) => m.SettingsPage)),
    access: 'user',
  },
  {
    path: '/admin/users',
    page: lazyPage(() =>
      import('./features/users/AdminUsersPage.tsx').then((m) => m.AdminUsersPage),
    ),
    access: ['admin'],
  },
  {
    path: '/overview',
    page: lazyPage(() =>
      import('./features/overview/OverviewPage.tsx').then((m) => m.OverviewPage),
    ),
    access: ['coordinator', 'admin'],
  },
];

function matches(pattern: string, pathname: string): boolean {
  const want = pattern.split('/');
  const have = pathname.split('/');
  return (
    want.length === have.length && want.every((part, i) => part.startsWith(':') || part === have[i])
  );
}

/** Fetches the chunk of the page at `pathname` in parallel with the locale bundle and the session. */
export function preloadPageFor(pathname: string): void {
  void routes
    .find((route) => matches(route.path, pathname))
    ?.page.preload()
    .catch(() => undefined);
}

function guard(access: Access, page: ReactNode): ReactNode {
  if (access === 'anyone') return page;
  if (access === 'guest') return <GuestOnly>{page}</GuestOnly>;
  return <RequireAuth {...(access === 'user' ? {} : { roles: access })}>{page}</RequireAuth>;
}

export function AppRoutes() {
  return (
    <Switch>
      {routes.map(({ path: pattern, page: { Page }, access }) => (
        <Route key={pattern} path={pattern}>
          {guard(access, <Page />)}
        </Route>
      ))}
      <Route path="/p/:id">{({ id }) => <Redirect to={path`/p/${id}/plans`} replace />}</Route>
      <Route>
        <StatusPage kind="notFound" />
      </Route>
    </Switch>
  );
}
