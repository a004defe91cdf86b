import type { AccountStatus, UpdateMeBody, User } from '@jumelage/contracts/auth';
import type { GlobalRole } from '@jumelage/contracts/constants';
import { api, path } from '../../lib/api.ts';

interface UserResponse {
  data: User;
}

export async function updateMe(body: UpdateMeBody): Promise<User> {
  return (await api.patch<UserResponse>('/api/users/me', body)).data;
}

/**
 * All accounts (admins only), newest first, a page at a time (`before=` the previous nextCursor);
 * with a search, those whose name or email contains it; with a status, only those.
 */
export function usersUrl(search: string, status: AccountStatus | null): string {
  const query = new URLSearchParams({
    ...(search ? { q: search } : {}),
    ...(status ? { status } : {}),
  });
  return query.size > 0 ? `/api/users?${query.toString()}` : '/api/users';
}

export async function setGlobalRole(userId: string, globalRole: GlobalRole): Promise<User> {
  return (await api.patch<UserResponse>(path`/api/users/${userId}`, { globalRole })).data;
}

/** Ends the account's sessions and sign-ins; what it wrote stays. */
export async function deactivateUser(userId: string): Promise<User> {
  return (await api.post<UserResponse>(path`/api/users/${userId}/deactivation`)).data;
}

export async function reactivateUser(userId: string): Promise<User> {
  return (await api.delete<UserResponse>(path`/api/users/${userId}/deactivation`)).data;
}
