import type { PublicUser, User } from '@jumelage/contracts/auth';
import { globalRoles, locales, type GlobalRole, type Locale } from '@jumelage/contracts/constants';
import type { UserDoc } from './users.model.ts';

const asLocale = (value: string): Locale => locales.find((locale) => locale === value) ?? 'en';
const asGlobalRole = (value: string): GlobalRole => globalRoles.find((role) => role === value) ?? 'user';

export function presentUser(user: UserDoc): User {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    locale: asLocale(user.locale),
    timeZone: user.timeZone,
    globalRole: asGlobalRole(user.globalRole),
  };
}

export function presentPublicUser(user: UserDoc): PublicUser {
  return { id: user.id, name: user.name, timeZone: user.timeZone };
}
