import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OverviewSort } from '@jumelage/contracts/overview';
import { EmptyState } from '../../components/EmptyState.tsx';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { Loading } from '../../components/Loading.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { LoadMoreButton } from '../../components/LoadMoreButton.tsx';
import { DueMilestones } from './DueMilestones.tsx';
import { directionOf, overviewSorts, reversedOrder } from './overview.api.ts';
import { OverviewFilters } from './OverviewFilters.tsx';
import { OverviewCards } from './OverviewCards.tsx';
import { narrowOverview } from './OverviewFigures.tsx';
import { OverviewTable } from './OverviewTable.tsx';
import { useOverviewQuery } from './useOverviewQuery.ts';
import { useOverviewRows } from './useOverviewRows.ts';
import { useLoadMore } from '../../lib/useLoadMore.ts';
import { useReadOnlyPage } from '../../lib/readOnlyPage.ts';
import { useMediaQuery } from '../../lib/useMediaQuery.ts';
import { useLiveRefresh } from './useLiveRefresh.ts';
import '../../styles/overview.css';

const sortLabels = {
  name: 'table.partnership',
  progress: 'table.progress',
  next_due: 'table.nextDue',
  last_activity: 'table.lastActivity',
} as const;

/** Coordinators' and admins' view across all partnerships: figures, never plan contents or chat. */
export function OverviewPage() {
  const { t } = useTranslation('overview');
  const { t: tCommon } = useTranslation();
  const headingId = useId();
  // Figures only: offline, nothing here is promised to be kept.
  useReadOnlyPage(true);
  const { filters, set, setSort, clear: clearFilters } = useOverviewQuery();
  const overview = useOverviewRows(filters);
  useLiveRefresh(overview.reload);
  const [status, setStatus] = useState('');
  const { rows } = overview;
  const isFiltered = filters.country !== null || filters.theme !== null || filters.status !== null;
  const isNarrow = useMediaQuery(narrowOverview);

  /** Sorts and says so: the list changes order while the focus stays where it is. */
  const sortIn = (sort: OverviewSort, reversed: boolean) => {
    setSort(sort, reversed);
    const direction = directionOf({ sort, order: reversed ? reversedOrder(sort) : null });
    setStatus(
      t('table.sorted', { column: t(sortLabels[sort]), direction: t(`table.${direction}`) }),
    );
  };
  /** A column header: another column in its own direction, the current one the other way round. */
  const sortBy = (sort: OverviewSort) =>
    sortIn(sort, sort === filters.sort && directionOf(filters) === overviewSorts[sort]);

  const loadMore = useLoadMore(overview.loadMore, {
    setStatus,
    message: (count) => t('table.loadedMore', { count }),
    focusTarget: (first) => `[data-partnership-id="${first.partnership.id}"] a`,
  });
  const showAll = () => {
    clearFilters();
    // The button goes with the empty result: the focus goes to the list's heading.
    document.getElementById(headingId)?.focus();
  };
  // Empty results are told only once the answer for these filters is in.
  const isSettled = rows !== undefined && !overview.isStale;

  return (
    <div className="page overview">
      <div>
        <PageHeading title={tCommon('overview.title')} />
        <p className="page-intro">{tCommon('overview.intro')}</p>
      </div>
      <section className="overview__partnerships" aria-labelledby={headingId}>
        <h2 id={headingId} className="visually-hidden" tabIndex={-1}>
          {t('table.caption')}
        </h2>
        <OverviewFilters
          filters={filters}
          rows={rows ?? []}
          onChange={set}
          onSort={isNarrow ? sortIn : undefined}
        />
        <p role="status" className="visually-hidden">
          {status}
        </p>
        <ErrorMessage error={overview.error} onRetry={overview.reload} />
        {(!rows || (overview.isStale && rows.length === 0)) && overview.isLoading ? (
          <Loading />
        ) : null}
        {isSettled && rows.length === 0 && isFiltered ? (
          <EmptyState
            title={t('table.noMatch')}
            action={
              <button type="button" className="button" onClick={showAll}>
                {t('table.showAll')}
              </button>
            }
          />
        ) : null}
        {isSettled && rows.length === 0 && !isFiltered ? (
          <EmptyState title={t('table.empty')}>
            <p>{t('table.emptyText')}</p>
          </EmptyState>
        ) : null}
        {rows && rows.length > 0 ? (
          <div aria-busy={overview.isStale}>
            <p className="overview__count">{t('table.shown', { count: rows.length })}</p>
            {isNarrow ? (
              <OverviewCards rows={rows} />
            ) : (
              <OverviewTable
                rows={rows}
                sort={filters.sort}
                direction={directionOf(filters)}
                onSort={sortBy}
              />
            )}
          </div>
        ) : null}
        <ErrorMessage error={overview.moreError} onRetry={() => void loadMore()} />
        {overview.nextCursor ? (
          <LoadMoreButton
            className="button overview__more"
            isLoading={overview.isLoadingMore}
            onLoadMore={loadMore}
          />
        ) : null}
      </section>
      <DueMilestones filters={filters} />
    </div>
  );
}
