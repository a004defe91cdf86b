import { Link, useLocation } from 'wouter';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { Loading } from '../../components/Loading.tsx';
import { useAction } from '../../lib/useAction.ts';
import { withNext } from '../auth/nextPath.ts';
import { useSession } from '../auth/session.tsx';
import { linkMessages } from './LinkProblem.tsx';

/**
 * Accepting an invitation link: a signed-in user accepts (`accept` navigates on success); anyone
 * else logs in or registers first and comes back to this page.
 */
export function AcceptCard({ accept }: { accept: () => Promise<void> }) {
  const { t } = useTranslation();
  const [location] = useLocation();
  const { status, user } = useSession();
  const accepting = useAction(accept);

  if (status === 'loading') return <Loading />;
  if (user) {
    return (
      <div className="card">
        <p>{t('invite.accept.signedInAs', { name: user.name })}</p>
        <ErrorMessage error={accepting.error} messages={linkMessages(t, accepting.error)} />
        <button
          type="button"
          className="button button--primary"
          aria-disabled={accepting.isBusy}
          onClick={() => {
            if (!accepting.isBusy) void accepting.run();
          }}
        >
          {accepting.isBusy ? t('invite.accept.accepting') : t('invite.accept.submit')}
        </button>
      </div>
    );
  }
  return (
    <div className="card">
      <p>{t('invite.accept.signInFirst')}</p>
      <p className="actions">
        <Link href={withNext('/login', location)} className="button button--primary">
          {t('invite.accept.login')}
        </Link>
        <Link href={withNext('/register', location)} className="button button--secondary">
          {t('invite.accept.register')}
        </Link>
      </p>
    </div>
  );
}
