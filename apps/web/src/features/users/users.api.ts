import type { UpdateMeBody, User } from '@jumelage/contracts/auth';
import type { GlobalRole } from '@jumelage/contracts/constants';
import { api, path } from '../../lib/api.ts';

interface UserResponse {
  data: User;
}

export async function updateMe(body: UpdateMeBody): Promise<User> {
  return (await api.patch<UserResponse>('/api/users/me', body)).data;
}

/** All accounts (admins only), newest first, a page at a time (`?before=` the previous nextCursor). */
export const usersUrl = '/api/users';

export async function setGlobalRole(userId: string, globalRole: GlobalRole): Promise<User> {
  return (await api.patch<UserResponse>(path`/api/users/${userId}`, { globalRole })).data;
}
