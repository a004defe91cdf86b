import { Link } from 'wouter';
import { useTranslation } from 'react-i18next';
import type { Page } from '@jumelage/contracts/common';
import type { PartnershipListItem } from '@jumelage/contracts/partnerships';
import { EmptyState } from '../../components/EmptyState.tsx';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { Loading } from '../../components/Loading.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { useResource } from '../../lib/useResource.ts';
import { partnershipsUrl } from './partnerships.api.ts';
import { PartnershipCard } from './PartnershipCard.tsx';

/** The home page: the partnerships the user belongs to. */
export function PartnershipListPage() {
  const { t } = useTranslation();
  const { data, error, isLoading, reload } =
    useResource<Page<PartnershipListItem>>(partnershipsUrl);
  const partnerships = data?.data;

  return (
    <div className="page">
      <div className="page-header">
        <PageHeading title={t('partnerships.list.title')} />
        {partnerships && partnerships.length > 0 ? (
          <Link href="/partnerships/new" className="button button--primary">
            {t('partnerships.list.new')}
          </Link>
        ) : null}
      </div>
      {isLoading && !partnerships ? <Loading /> : null}
      <ErrorMessage error={error} onRetry={reload} />
      {partnerships && partnerships.length === 0 ? (
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
      ) : null}
      {partnerships && partnerships.length > 0 ? (
        <ul className="card-list">
          {partnerships.map((partnership) => (
            <li key={partnership.id}>
              <PartnershipCard partnership={partnership} />
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
