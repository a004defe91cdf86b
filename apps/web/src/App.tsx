import { Suspense } from 'react';
import { useLocation } from 'wouter';
import { useTranslation } from 'react-i18next';
import { Layout } from './components/Layout.tsx';
import { Loading } from './components/Loading.tsx';
import { LoadErrorBoundary } from './components/LoadErrorBoundary.tsx';
import { MainNav, type NavItem } from './components/MainNav.tsx';
import { SessionProvider, useSession } from './features/auth/session.tsx';
import { UserMenu } from './features/auth/UserMenu.tsx';
import { useSendWaitingMessages } from './features/consultations/useSendWaitingMessages.ts';
import { useForgetUnreadablePlans } from './features/plans/offlineCopies.ts';
import { useSendWaitingPlanEdits } from './features/plans/useSendWaitingPlanEdits.ts';
import { LanguageSwitcher } from './features/users/LanguageSwitcher.tsx';
import { AppRoutes } from './routes.tsx';

const isPartnershipPath = (path: string) =>
  path === '/' || path.startsWith('/p/') || path.startsWith('/partnerships/');

function Shell() {
  const { t } = useTranslation();
  const { user } = useSession();
  const [location] = useLocation();
  useForgetUnreadablePlans(user?.id);
  useSendWaitingMessages(user?.id);
  useSendWaitingPlanEdits(user?.id, location);

  const items: NavItem[] = [];
  if (user) {
    items.push({ href: '/', label: t('nav.partnerships'), isCurrent: isPartnershipPath });
    if (user.globalRole === 'coordinator' || user.globalRole === 'admin') {
      items.push({ href: '/overview', label: t('nav.overview') });
    }
    if (user.globalRole === 'admin') items.push({ href: '/admin/users', label: t('nav.users') });
  }

  return (
    <Layout
      nav={items.length > 0 ? <MainNav label={t('nav.label')} items={items} /> : null}
      foldsTools={user !== null}
      tools={
        <>
          <LanguageSwitcher />
          <UserMenu />
        </>
      }
    >
      <LoadErrorBoundary resetKey={location}>
        <Suspense fallback={<Loading />}>
          <AppRoutes />
        </Suspense>
      </LoadErrorBoundary>
    </Layout>
  );
}

/** The session around everything; nothing renders until the active language's texts are in. */
export function App() {
  return (
    <SessionProvider>
      <Suspense fallback={<div className="boot" aria-busy="true" />}>
        <Shell />
      </Suspense>
    </SessionProvider>
  );
}
