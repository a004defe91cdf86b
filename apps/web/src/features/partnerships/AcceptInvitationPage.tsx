import { useState } from 'react';
import { Link, useLocation, useParams } from 'wouter';
import { useTranslation } from 'react-i18next';
import type { InvitationPreview } from '@jumelage/contracts/partnerships';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { Loading } from '../../components/Loading.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { asApiError, path, type ApiError } from '../../lib/api.ts';
import { useResource } from '../../lib/useResource.ts';
import { withNext } from '../auth/nextPath.ts';
import { useSession } from '../auth/session.tsx';
import { InvitationSummary } from './InvitationSummary.tsx';
import { acceptInvitation, invitationUrl } from './partnerships.api.ts';

/** /invite/:token: shows what the invitation grants; signed-in users accept, others sign in first. */
export function AcceptInvitationPage() {
  const { t } = useTranslation();
  const { token = '' } = useParams<{ token: string }>();
  const [location, navigate] = useLocation();
  const { status, user } = useSession();
  const preview = useResource<{ data: InvitationPreview }>(invitationUrl(token));
  const [isAccepting, setIsAccepting] = useState(false);
  const [acceptError, setAcceptError] = useState<ApiError | null>(null);

  const accept = async () => {
    setIsAccepting(true);
    setAcceptError(null);
    try {
      const { data: partnership } = await acceptInvitation(token);
      navigate(path`/p/${partnership.id}`);
    } catch (thrown) {
      setAcceptError(asApiError(thrown));
      setIsAccepting(false);
    }
  };

  const invitation = preview.data?.data;
  return (
    <div className="page page--narrow">
      <PageHeading title={t('invite.accept.title')} />
      {preview.isLoading ? <Loading /> : null}
      {preview.error?.code === 'not_found' ? (
        <p role="alert" className="alert alert--error">
          {t('invite.accept.invalid')}
        </p>
      ) : (
        <ErrorMessage error={preview.error} onRetry={preview.reload} />
      )}
      {invitation ? <InvitationSummary invitation={invitation} /> : null}
      {invitation && status === 'loading' ? <Loading /> : null}
      {invitation && user ? (
        <div className="card">
          <p>{t('invite.accept.signedInAs', { name: user.name })}</p>
          <ErrorMessage error={acceptError} />
          <button
            type="button"
            className="button button--primary"
            aria-disabled={isAccepting}
            onClick={() => {
              if (!isAccepting) void accept();
            }}
          >
            {isAccepting ? t('invite.accept.accepting') : t('invite.accept.submit')}
          </button>
        </div>
      ) : null}
      {invitation && status !== 'loading' && !user ? (
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
      ) : null}
    </div>
  );
}
