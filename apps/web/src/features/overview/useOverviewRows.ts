import { useState } from 'react';
import type { OverviewRow } from '@jumelage/contracts/overview';
import { asApiError, type ApiError } from '../../lib/api.ts';
import { useResource } from '../../lib/useResource.ts';
import {
  fetchOverviewPage,
  overviewUrl,
  type OverviewFilters,
  type OverviewPageData,
} from './overview.api.ts';

interface MorePages {
  url: string;
  rows: OverviewRow[];
  nextCursor: string | null;
}

/** The first page through useResource, further pages appended with "load more" (cursor paging). */
export function useOverviewRows(filters: OverviewFilters) {
  const url = overviewUrl(filters);
  // Another order or filter keeps the rows shown until its own come (the focus stays on the control).
  const first = useResource<OverviewPageData>(url, { keepPrevious: true });
  const [more, setMore] = useState<MorePages | null>(null);
  const [isLoadingMore, setIsLoadingMore] = useState(false);
  const [moreError, setMoreError] = useState<ApiError | null>(null);
  const extra = more?.url === url ? more : null;
  const rows = first.data ? [...first.data.data, ...(extra?.rows ?? [])] : undefined;
  const nextCursor = extra ? extra.nextCursor : (first.data?.nextCursor ?? null);

  /** The rows the next page added (none when it failed). */
  const loadMore = async (): Promise<OverviewRow[]> => {
    if (!nextCursor || isLoadingMore || first.isStale) return [];
    setIsLoadingMore(true);
    setMoreError(null);
    try {
      const page = await fetchOverviewPage(filters, nextCursor);
      setMore({ url, rows: [...(extra?.rows ?? []), ...page.data], nextCursor: page.nextCursor });
      return page.data;
    } catch (thrown) {
      setMoreError(asApiError(thrown));
      return [];
    } finally {
      setIsLoadingMore(false);
    }
  };

  return {
    rows,
    nextCursor,
    error: first.error,
    isLoading: first.isLoading,
    /** The rows are those of the previous order or filters; the new ones are on their way. */
    isStale: first.isStale,
    reload: () => {
      setMore(null);
      first.reload();
    },
    loadMore,
    isLoadingMore,
    moreError,
  };
}
