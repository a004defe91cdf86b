import { useEffect, useRef, useState } from 'react';
import type { Page } from '@jumelage/contracts/common';
import { api, asApiError, type ApiError } from './api.ts';
import type { Resource } from './useResource.ts';

/** The items of `page` that `list` does not have yet (by id). */
export function unlisted<T extends { id: string }>(list: readonly T[], page: readonly T[]): T[] {
  const known = new Set(list.map((item) => item.id));
  return page.filter((item) => !known.has(item.id));
}

/**
 * "Load more" for a list read with `useResource`: reads the page after the last one (`?before=`
 * the cursor) and appends it, skipping items the list already has (created while paging). `P` may
 * carry more than the page (the plans' abilities); that is kept.
 */
export function useMorePages<T extends { id: string }, P extends Page<T>>(
  resource: Resource<P>,
  listUrl: string,
) {
  const { data, update, isStale } = resource;
  // The list asked for now: a page of another list (a new search sent while "more" was loading)
  // must not be added to it.
  const shownUrl = useRef(listUrl);
  useEffect(() => {
    shownUrl.current = listUrl;
  }, [listUrl]);
  const [isLoadingMore, setIsLoadingMore] = useState(false);
  const [loadMoreError, setLoadMoreError] = useState<ApiError | null>(null);
  const cursor = data?.nextCursor ?? null;

  /** Loads the next page; resolves to the items it added (none after an error or a repeat). */
  const loadMore = async (): Promise<T[]> => {
    // While another list loads (`keepPrevious`), the cursor shown is the old list's.
    if (cursor === null || isLoadingMore || isStale) return [];
    setIsLoadingMore(true);
    setLoadMoreError(null);
    try {
      const separator = listUrl.includes('?') ? '&' : '?';
      const next = await api.get<Page<T>>(
        `${listUrl}${separator}before=${encodeURIComponent(cursor)}`,
      );
      if (shownUrl.current !== listUrl) return [];
      const added = unlisted(data?.data ?? [], next.data);
      update((page) => ({
        ...page,
        data: [...page.data, ...unlisted(page.data, next.data)],
        nextCursor: next.nextCursor,
      }));
      return added;
    } catch (error) {
      setLoadMoreError(asApiError(error));
      return [];
    } finally {
      setIsLoadingMore(false);
    }
  };

  return { loadMore, isLoadingMore, loadMoreError, hasMore: cursor !== null };
}
