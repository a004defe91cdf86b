import mongoose, { type Types } from 'mongoose';
import type { PublicUser, User } from '@jumelage/contracts/auth';
import { asLocale, globalRoles, type GlobalRole } from '@jumelage/contracts/constants';
import type { Models } from '../../models.ts';
import type { UserDoc } from './users.model.ts';

const asGlobalRole = (value: string): GlobalRole => globalRoles.find((role) => role === value) ?? 'user';

export function presentUser(user: UserDoc): User {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    locale: asLocale(user.locale),
    timeZone: user.timeZone,
    globalRole: asGlobalRole(user.globalRole),
    deactivatedAt: user.deactivatedAt?.toISOString() ?? null,
  };
}

export function presentPublicUser(user: UserDoc): PublicUser {
  return { id: user.id, name: user.name, timeZone: user.timeZone };
}

/** The names of the given users in one query, by id: who wrote a plan or a version, who made a link. */
export async function loadUserNames(models: Models, ids: ReadonlyArray<Types.ObjectId | null | undefined>): Promise<Map<string, { id: string; name: string }>> {
  const unique = [...new Set(ids.flatMap((id) => (id ? [String(id)] : [])))];
  if (unique.length === 0) return new Map();
  const users = await models.User.find({ _id: mongoose.trusted({ $in: unique }) }, { name: 1 }).lean();
  return new Map(users.map((user) => [String(user._id), { id: String(user._id), name: user.name }]));
}
