import { useLocation, useParams } from 'wouter';
import { useTranslation } from 'react-i18next';
import type { InvitationPreview } from '@jumelage/contracts/partnerships';
import { Loading } from '../../components/Loading.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { path } from '../../lib/api.ts';
import { useResource } from '../../lib/useResource.ts';
import { AcceptCard } from './AcceptCard.tsx';
import { InvitationSummary } from './InvitationSummary.tsx';
import { LinkProblem } from './LinkProblem.tsx';
import { acceptInvitation, invitationUrl } from './partnerships.api.ts';

/** /invite/:token: shows what the invitation grants; signed-in users accept, others sign in first. */
export function AcceptInvitationPage() {
  const { t } = useTranslation();
  const { token = '' } = useParams<{ token: string }>();
  const [, navigate] = useLocation();
  const preview = useResource<{ data: InvitationPreview }>(invitationUrl(token));

  const accept = async () => {
    const { data: partnership } = await acceptInvitation(token);
    navigate(path`/p/${partnership.id}`);
  };

  const invitation = preview.data?.data;
  return (
    <div className="page page--narrow">
      <PageHeading title={t('invite.accept.title')} />
      {preview.isLoading ? <Loading /> : null}
      <LinkProblem error={preview.error} onRetry={preview.reload} />
      {invitation ? <InvitationSummary invitation={invitation} /> : null}
      {invitation ? <AcceptCard accept={accept} /> : null}
    </div>
  );
}
