import { z } from 'zod';
import { globalRoles, limits, locales } from './constants.ts';
import { pageQuery, timeZone } from './common.ts';

export const email = z
  .string()
  .trim()
  .max(limits.emailLength)
  .pipe(z.email())
  .transform((value) => value.toLowerCase());

const password = z.string().min(limits.passwordMinLength).max(limits.passwordMaxLength);
const displayName = z.string().trim().min(1).max(limits.nameLength);

export const registerBody = z.strictObject({
  email,
  name: displayName,
  password,
  locale: z.enum(locales).optional(),
  timeZone: timeZone.optional(),
});
export type RegisterBody = z.infer<typeof registerBody>;

export const loginBody = z.strictObject({
  email,
  password: z.string().min(1).max(limits.passwordMaxLength),
});
export type LoginBody = z.infer<typeof loginBody>;

export const updateMeBody = z
  .strictObject({
    name: displayName.optional(),
    locale: z.enum(locales).optional(),
    timeZone: timeZone.optional(),
  })
  .refine((body) => Object.keys(body).length > 0, 'nothing to change');
export type UpdateMeBody = z.infer<typeof updateMeBody>;

export const accountStatuses = ['active', 'deactivated'] as const;
export type AccountStatus = (typeof accountStatuses)[number];

/**
 * The administrators' list of accounts: `q` finds a part of the name or the email, in any case and
 * with or without accents; `status` keeps the accounts that can sign in, or the deactivated ones.
 */
export const usersQuery = pageQuery.extend({
  q: z.string().trim().max(limits.emailLength).optional(),
  status: z.enum(accountStatuses).optional(),
});
export type UsersQuery = z.infer<typeof usersQuery>;

export const setGlobalRoleBody = z.strictObject({ globalRole: z.enum(globalRoles) });
export type SetGlobalRoleBody = z.infer<typeof setGlobalRoleBody>;

export const userSchema = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  locale: z.enum(locales),
  timeZone: z.string(),
  globalRole: z.enum(globalRoles),
  /** When an administrator deactivated the account; null while it is active. */
  deactivatedAt: z.string().nullable(),
});
export type User = z.infer<typeof userSchema>;

/** A user as other members see them: no email unless they share a partnership. */
export interface PublicUser {
  id: string;
  name: string;
  timeZone: string;
}

/**
 * GET /api/users/:id/sole-ownerships (administrators): the partnerships where this account is the
 * only owner who can still sign in; deactivating it would leave nobody there to manage members.
 */
export interface SoleOwnershipsResponse {
  data: Array<{ id: string; name: string }>;
}

export interface MeResponse {
  data: User;
}
