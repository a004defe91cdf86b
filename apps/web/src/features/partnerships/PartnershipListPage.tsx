import { useState } from 'react';
import { Link } from 'wouter';
import { useTranslation } from 'react-i18next';
import type { Page } from '@jumelage/contracts/common';
import type { PartnershipListItem } from '@jumelage/contracts/partnerships';
import { EmptyState } from '../../components/EmptyState.tsx';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { Loading } from '../../components/Loading.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { LoadMoreButton } from '../../components/LoadMoreButton.tsx';
import { useLoadMore } from '../../lib/useLoadMore.ts';
import { useReadOnlyPage } from '../../lib/readOnlyPage.ts';
import { useMorePages } from '../../lib/useMorePages.ts';
import { useResource } from '../../lib/useResource.ts';
import { InvitedConsultations } from '../consultations/InvitedConsultations.tsx';
import { partnershipsUrl } from './partnerships.api.ts';
import { PartnershipCard } from './PartnershipCard.tsx';

/** The home page: the partnerships the user belongs to, and the consultations they are invited to. */
export function PartnershipListPage() {
  const { t } = useTranslation();
  const resource = useResource<Page<PartnershipListItem>>(partnershipsUrl);
  const { data, error, isLoading, reload } = resource;
  // Coordinators see every partnership, and the list comes 50 at a time (the rest were missing).
  const more = useMorePages<PartnershipListItem, Page<PartnershipListItem>>(
    resource,
    partnershipsUrl,
  );
  const [status, setStatus] = useState('');
  const loadMore = useLoadMore(more.loadMore, {
    setStatus,
    message: (count) => t('partnerships.list.loadedMore', { count }),
    focusTarget: (first) => `[data-partnership-id="${first.id}"] a`,
  });
  const partnerships = data?.data;
  // Nothing here that this person may write in (an observer, a coordinator): offline, they are not
  // promised that their changes are kept.
  useReadOnlyPage(
    partnerships !== undefined &&
      !partnerships.some(({ abilities }) => abilities.editPlans || abilities.chat),
  );
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
      <p role="status" className="visually-hidden">
        {status}
      </p>
      {hasPartnerships ? (
        <ul className="card-list">
          {partnerships.map((partnership) => (
            <li key={partnership.id} data-partnership-id={partnership.id}>
              <PartnershipCard partnership={partnership} />
            </li>
          ))}
        </ul>
      ) : null}
      <ErrorMessage error={more.loadMoreError} onRetry={() => void loadMore()} />
      {hasPartnerships && more.hasMore ? (
        <LoadMoreButton isLoading={more.isLoadingMore} onLoadMore={loadMore} />
      ) : null}
      {hasPartnerships ? <InvitedConsultations /> : null}
    </div>
  );
}
