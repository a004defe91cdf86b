import type { ReactNode } from 'react';
import { Redirect, useLocation, useSearch } from 'wouter';
import type { GlobalRole } from '@jumelage/contracts/constants';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { Loading } from '../../components/Loading.tsx';
import { StatusPage } from '../../components/StatusPage.tsx';
import { useSession } from './session.tsx';
import { nextPathFrom, withNext } from './nextPath.ts';

interface RequireAuthProps {
  children: ReactNode;
  /** Global roles allowed in; any signed-in user when absent. */
  roles?: readonly GlobalRole[];
}

/** Renders its children for signed-in users; sends everyone else to /login?next=<this page>. */
export function RequireAuth({ children, roles }: RequireAuthProps) {
  const { status, user, error, retry } = useSession();
  const [location] = useLocation();
  const search = useSearch();

  if (status === 'loading') return <Loading />;
  if (status === 'unavailable') return <ErrorMessage error={error} onRetry={retry} />;
  if (!user)
    return (
      <Redirect to={withNext('/login', search ? `${location}?${search}` : location)} replace />
    );
  if (roles && !roles.includes(user.globalRole)) return <StatusPage kind="forbidden" />;
  return children;
}

/** Login and register are for signed-out visitors; signed-in users go on to where they were headed. */
export function GuestOnly({ children }: { children: ReactNode }) {
  const { status, user } = useSession();
  const search = useSearch();
  if (status === 'loading') return <Loading />;
  if (user) return <Redirect to={nextPathFrom(search)} replace />;
  return children;
}
