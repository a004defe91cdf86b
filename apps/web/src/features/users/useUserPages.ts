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

  const load = useCallback(async (before: string | null) => {
    try {
      const page = await listUsers(before);
      setState((s) => ({
        users: before ? [...s.users, ...page.data] : page.data,
        nextCursor: page.nextCursor,
        isLoading: false,
        error: null,
      }));
    } catch (error) {
      if (!isAbortError(error))
        setState((s) => ({ ...s, isLoading: false, error: asApiError(error) }));
    }
  }, []);

  useEffect(() => {
    void load(null);
  }, [load]);

  const loadMore = useCallback(() => {
    setState((s) => ({ ...s, isLoading: true, error: null }));
    void load(state.nextCursor);
  }, [load, state.nextCursor]);

  const replaceUser = useCallback((user: User) => {
    setState((s) => ({ ...s, users: s.users.map((u) => (u.id === user.id ? user : u)) }));
  }, []);

  return { ...state, loadMore, replaceUser };
}
