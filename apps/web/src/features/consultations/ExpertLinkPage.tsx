import { useLocation, useParams } from 'wouter';
import { useTranslation } from 'react-i18next';
import type { ExpertLinkPreview } from '@jumelage/contracts/consultations';
import { Loading } from '../../components/Loading.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { path } from '../../lib/api.ts';
import { useResource } from '../../lib/useResource.ts';
import { AcceptCard } from '../partnerships/AcceptCard.tsx';
import { LinkProblem } from '../partnerships/LinkProblem.tsx';
import { MunicipalityList } from '../partnerships/MunicipalityList.tsx';
import { useFormat } from '../users/useFormat.ts';
import { acceptExpertLink, expertLinkPreviewUrl } from './consultations.api.ts';
import { ConsultationTimes } from './ConsultationTimes.tsx';

/**
 * /consultation-invite/:token: what an external expert is invited to (the consultation, its
 * partnership and times); signed in, they accept and open it, otherwise they sign in first.
 */
export function ExpertLinkPage() {
  const { t } = useTranslation('consultations');
  const { t: tc } = useTranslation();
  const { token = '' } = useParams<{ token: string }>();
  const [, navigate] = useLocation();
  const { dateTime } = useFormat();
  const preview = useResource<{ data: ExpertLinkPreview }>(expertLinkPreviewUrl(token));
  const invitation = preview.data?.data;

  const accept = async () => {
    const { data } = await acceptExpertLink(token);
    navigate(path`/consultations/${data.channelId}`);
  };

  return (
    <div className="page page--narrow">
      <PageHeading title={t('expertLink.title')} />
      {preview.isLoading ? <Loading /> : null}
      <LinkProblem error={preview.error} onRetry={preview.reload} />
      {invitation ? (
        <div className="card invitation-summary">
          {/* Isolated, not dir="auto": a German title in the Arabic page stays at its start. */}
          <h2>
            <bdi>{invitation.title}</bdi>
          </h2>
          <p>
            <bdi>{invitation.partnershipName}</bdi>
          </p>
          <MunicipalityList municipalities={invitation.municipalities} />
          <dl className="facts">
            <div>
              <dt>{t('consultation.when')}</dt>
              {/* "Your time" and the partners', as on the consultation's page: the time alone
                  did not say which zone it was in (fourteenth QA pass). */}
              <dd>
                <ConsultationTimes consultation={invitation} partners={invitation.municipalities} />
              </dd>
            </div>
            <div>
              <dt>{tc('invite.accept.expires')}</dt>
              <dd>{dateTime(invitation.expiresAt)}</dd>
            </div>
          </dl>
          <p>{t('expertLink.onlyThis')}</p>
        </div>
      ) : null}
      {invitation ? <AcceptCard accept={accept} /> : null}
    </div>
  );
}
