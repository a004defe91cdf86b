import { useCallback } from 'react';
import type { User } from '@jumelage/contracts/auth';
import type { Page } from '@jumelage/contracts/common';
import { useMorePages } from '../../lib/useMorePages.ts';
import { useResource } from '../../lib/useResource.ts';
import { usersUrl } from './users.api.ts';

/** All accounts, newest first: the first page on mount, further ones with `more.loadMore()`. */
export function useUserPages() {
  const resource = useResource<Page<User>>(usersUrl);
  const more = useMorePages<User, Page<User>>(resource, usersUrl);
  const { update } = resource;
  const replaceUser = useCallback(
    (user: User) =>
      update((page) => ({ ...page, data: page.data.map((u) => (u.id === user.id ? user : u)) })),
    [update],
  );
  return { resource, more, replaceUser };
}
