import type { UpdateMeBody, User } from '@jumelage/contracts/auth';
import type { Page } from '@jumelage/contracts/common';
import type { GlobalRole } from '@jumelage/contracts/constants';
import { api, path } from '../../lib/api.ts';

interface UserResponse {
  data: User;
}

export async function updateMe(body: UpdateMeBody): Promise<User> {
  return (await api.patch<UserResponse>('/api/users/me', body)).data;
}

/** One page of all accounts (admins only), newest first; pass the previous nextCursor as `before`. */
export function listUsers(before: string | null): Promise<Page<User>> {
  return api.get<Page<User>>(before ? path`/api/users?before=${before}` : '/api/users');
}

export async function setGlobalRole(userId: string, globalRole: GlobalRole): Promise<User> {
  return (await api.patch<UserResponse>(path`/api/users/${userId}`, { globalRole })).data;
}
