import type { LoginBody, MeResponse, RegisterBody, User } from '@jumelage/contracts/auth';
import { api } from '../../lib/api.ts';

interface UserResponse {
  data: User;
}

export async function fetchMe(signal?: AbortSignal): Promise<User> {
  return (await api.get<MeResponse>('/api/auth/me', signal)).data;
}

export async function login(body: LoginBody): Promise<User> {
  return (await api.post<UserResponse>('/api/auth/login', body)).data;
}

export async function register(body: RegisterBody): Promise<User> {
  return (await api.post<UserResponse>('/api/auth/register', body)).data;
}

export async function logout(): Promise<void> {
  await api.post<undefined>('/api/auth/logout');
}
