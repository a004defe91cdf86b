import { Link } from 'wouter';
import { useTranslation } from 'react-i18next';
import type { Page } from '@jumelage/contracts/common';
import type { PartnershipListItem } from '@jumelage/contracts/partnerships';
import { EmptyState } from '../../components/EmptyState.tsx';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { Loading } from '../../components/Loading.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { useResource } from '../../lib/useResource.ts';
import { InvitedConsultations } from '../consultations/InvitedConsultations.tsx';
import { partnershipsUrl } from './partnerships.api.ts';
import { PartnershipCard } from './PartnershipCard.tsx';

/** The home page: the partnerships the user belongs to, and the consultations they are invited to. */
export function PartnershipListPage() {
  const { t } = useTranslation();
  const { data, error, isLoading, reload } =
    useResource<Page<PartnershipListItem>>(partnershipsUrl);
  const partnerships = data?.data;
  const hasPartnerships = partnerships !== undefined && partnerships.length > 0;

  return (
    <div className="page">
      <div className="page-header">
        <PageHeading title={t('partnerships.list.title')} />
        {hasPartnerships ? (
          <Link href="/partnerships/new" className="button button--primary">
            {t('partnerships.list.new')}
          </Link>
        ) : null}
      </div>
      {isLoading && !partnerships ? <Loading /> : null}
      <ErrorMessage error={error} onRetry={reload} />
      {/* In no partnership: the invitations (an external expert's way in), else how to start. */}
      {partnerships && !hasPartnerships ? (
        <InvitedConsultations
          lead={<p className="page-intro">{t('partnerships.list.onlyInvited')}</p>}
          fallback={
            <EmptyState
              title={t('partnerships.list.emptyTitle')}
              action={
                <Link href="/partnerships/new" className="button button--primary">
                  {t('partnerships.list.createFirst')}
                </Link>
              }
            >
              <p>{t('partnerships.list.emptyText')}</p>
            </EmptyState>
          }
        />
      ) : null}
      {hasPartnerships ? (
        <ul className="card-list">
          {partnerships.map((partnership) => (
            <li key={partnership.id}>
              <PartnershipCard partnership={partnership} />
            </li>
          ))}
        </ul>
      ) : null}
      {hasPartnerships ? <InvitedConsultations /> : null}
    </div>
  );
}
