import { useState } from 'react';
import { Link, useLocation } from 'wouter';
import { useTranslation } from 'react-i18next';
import { withNext } from './nextPath.ts';
import { useSession } from './session.tsx';

/** Signed in: the user's name, settings and logout. Signed out: login and register links. */
export function UserMenu() {
  const { t } = useTranslation();
  const { user, logout } = useSession();
  const [location, navigate] = useLocation();
  const [hasFailed, setHasFailed] = useState(false);

  if (!user) {
    // From a page such as an invitation, signing in or up should come back to it.
    const here = location === '/login' || location === '/register' ? '/' : location;
    return (
      <ul className="user-menu" aria-label={t('nav.account')}>
        <li>
          <Link href={withNext('/login', here)}>{t('nav.login')}</Link>
        </li>
        <li>
          <Link href={withNext('/register', here)}>{t('nav.register')}</Link>
        </li>
      </ul>
    );
  }

  const onLogout = async () => {
    setHasFailed(false);
    try {
      await logout();
      navigate('/login');
    } catch {
      setHasFailed(true);
    }
  };

  return (
    <div className="user-menu" role="group" aria-label={t('nav.account')}>
      <bdi className="user-menu__name">{user.name}</bdi>
      <Link href="/settings">{t('nav.settings')}</Link>
      <button type="button" className="button button--link" onClick={() => void onLogout()}>
        {t('nav.logout')}
      </button>
      <span role="status" className="user-menu__status">
        {hasFailed ? t('nav.logoutFailed') : null}
      </span>
    </div>
  );
}
