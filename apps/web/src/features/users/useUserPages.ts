import { useCallback, useEffect, useState } from 'react';
import type { User } from '@jumelage/contracts/auth';
import { asApiError, isAbortError, type ApiError } from '../../lib/api.ts';
import { listUsers } from './users.api.ts';

interface UserPages {
  users: User[];
  nextCursor: string | null;
  isLoading: boolean;
  error: ApiError | null;
}

/** All accounts page by page: the first page on mount, further ones on loadMore(). */
export function useUserPages() {
  const [state, setState] = useState<UserPages>({
    users: [],
    nextCursor: null,
    isLoading: true,
    error: null,
  });

  /** Reads a page; resolves with the users it added (none when it failed). */
  const load = useCallback(async (before: string | null): Promise<User[]> => {
    try {
      const page = await listUsers(before);
      setState((s) => ({
        users: before ? [...s.users, ...page.data] : page.data,
        nextCursor: page.nextCursor,
        isLoading: false,
        error: null,
      }));
      return page.data;
    } catch (error) {
      if (!isAbortError(error))
        setState((s) => ({ ...s, isLoading: false, error: asApiError(error) }));
      return [];
    }
  }, []);

  useEffect(() => {
    void load(null);
  }, [load]);

  /** The next page (none while a page is loading: the button stays, pressed again). */
  const loadMore = useCallback(async (): Promise<User[]> => {
    if (state.isLoading) return [];
    setState((s) => ({ ...s, isLoading: true, error: null }));
    return load(state.nextCursor);
  }, [load, state.isLoading, state.nextCursor]);

  const replaceUser = useCallback((user: User) => {
    setState((s) => ({ ...s, users: s.users.map((u) => (u.id === user.id ? user : u)) }));
  }, []);

  return { ...state, loadMore, replaceUser };
}
