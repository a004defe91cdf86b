import { useCallback } from 'react';
import type { AccountStatus, User } from '@jumelage/contracts/auth';
import type { Page } from '@jumelage/contracts/common';
import { useMorePages } from '../../lib/useMorePages.ts';
import { useResource } from '../../lib/useResource.ts';
import { usersUrl } from './users.api.ts';

/**
 * The accounts found by `search` (all without one) with this `status` (any without one), newest
 * first: the first page on mount and on each new search, further ones with `more.loadMore()`. The
 * previous answer stays in view while a new search loads, so the search field keeps the focus and
 * the list does not flash.
 */
export function useUserPages(search: string, status: AccountStatus | null) {
  const url = usersUrl(search, status);
  const resource = useResource<Page<User>>(url, { keepPrevious: true });
  const more = useMorePages<User, Page<User>>(resource, url);
  const { update } = resource;
  const replaceUser = useCallback(
    (user: User) =>
      update((page) => ({ ...page, data: page.data.map((u) => (u.id === user.id ? user : u)) })),
    [update],
  );
  return { resource, more, replaceUser };
}
