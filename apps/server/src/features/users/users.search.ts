import escapeStringRegexp from 'escape-string-regexp';
import mongoose from 'mongoose';
import type { UsersQuery } from '@jumelage/contracts/auth';
import type { Models } from '../../models.ts';
import { activeAccounts } from './users.model.ts';
import { foldForSearch, searchKeyOf } from './searchKey.ts';

/** The filter of the administrators' list: the search text and whether the account can sign in. */
export function usersFilter({ q, status }: Pick<UsersQuery, 'q' | 'status'>) {
  return {
    ...(q ? { searchKey: new RegExp(escapeStringRegexp(foldForSearch(q))) } : {}),
    ...(status === 'active' ? activeAccounts() : {}),
    ...(status === 'deactivated' ? { deactivatedAt: mongoose.trusted({ $exists: true }) } : {}),
  };
}

/**
 * Gives accounts stored without `searchKey` theirs, so the search finds them: those stored before
 * it existed (at startup), and those a server without it made during a rolling deploy (before a search).
 */
export async function backfillSearchKeys(models: Models): Promise<void> {
  const missing = await models.User.find({ searchKey: mongoose.trusted({ $exists: false }) }, { name: 1, email: 1 }).lean();
  if (missing.length === 0) return;
  await models.User.bulkWrite(
    // Only where it is still missing: an account renamed meanwhile got its key from the model.
    missing.map((user) => ({ updateOne: { filter: { _id: user._id, searchKey: mongoose.trusted({ $exists: false }) }, update: { $set: { searchKey: searchKeyOf(user) } } } })),
  );
}
