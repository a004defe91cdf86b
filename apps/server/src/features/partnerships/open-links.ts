import mongoose, { type Model, type Types } from 'mongoose';
import { objectId } from '@jumelage/contracts/common';
import { limits } from '@jumelage/contracts/constants';
import type { OpenLink } from '@jumelage/contracts/partnerships';
import { AppError, notFound } from '../../http/errors.ts';
import { parse } from '../../http/validate.ts';
import type { Models } from '../../models.ts';
import { loadUserNames } from '../users/users.presenter.ts';

/** An invitation token that was found but cannot be used any more (also for expert links). */
export function unusable(reason: 'expired' | 'used'): AppError {
  const message = reason === 'expired' ? 'This invitation has expired' : 'This invitation has already been used';
  return new AppError('conflict', message, [{ path: 'token', message: reason }]);
}

/** What partnership invitations and expert links have in common. */
interface LinkRecord {
  createdBy: Types.ObjectId;
  createdAt: Date;
  expiresAt: Date;
  acceptedBy?: Types.ObjectId | null;
}

type Stored<T> = T & { _id: Types.ObjectId };

/** The links of `scope` (a partnership, a consultation) nobody has used and that still work, newest first. */
export function findOpenLinks<T extends LinkRecord>(model: Model<T>, scope: Record<string, unknown>): Promise<Array<Stored<T>>> {
  return model
    .find({ ...scope, acceptedBy: null, expiresAt: mongoose.trusted({ $gt: new Date() }) })
    .sort({ createdAt: -1 })
    .limit(limits.openLinksListed)
    .lean<Array<Stored<T>>>()
    .exec();
}

/** Links as their revokers see them, with their makers' names; `extra` adds what one kind has more. */
export async function presentOpenLinks<T extends LinkRecord, E extends object>(models: Models, links: Array<Stored<T>>, extra: (link: Stored<T>) => E): Promise<Array<OpenLink & E>> {
  const makers = await loadUserNames(models, links.map((link) => link.createdBy));
  return links.map((link) => ({
    id: String(link._id),
    createdBy: makers.get(String(link.createdBy)) ?? null,
    createdAt: link.createdAt.toISOString(),
    expiresAt: link.expiresAt.toISOString(),
    ...extra(link),
  }));
}

/**
 * Deletes an unused link of `scope`, so its token stops working at once (an expired one goes too);
 * 409 `used` once someone accepted it, 404 when there is no such link there.
 */
export async function revokeLink<T extends LinkRecord>(model: Model<T>, scope: Record<string, unknown>, rawId: unknown, what: string): Promise<void> {
  const _id = parse(objectId, rawId);
  const removed = await model.deleteOne({ _id, ...scope, acceptedBy: null });
  if (removed.deletedCount === 1) return;
  if (await model.exists({ _id, ...scope })) throw unusable('used');
  throw notFound(what);
}

/**
 * Claims an unused, unexpired link for `userId` in one update: of two accepting at once only one
 * wins. Returns true when this request claimed it (it then applies the link), false when a parallel
 * request of the same person (a second tab, a double click) claimed it and `applied` (its
 * membership, its expert place) came within about a second. That request creates nothing itself:
 * someone removed since must not get back in with the link they once accepted. Otherwise throws
 * 404 (revoked meanwhile), `expired`, `used`, or what `notApplied` gives.
 */
export async function claimLink<T extends LinkRecord>(
  model: Model<T>,
  linkId: Types.ObjectId,
  userId: Types.ObjectId,
  applied: () => Promise<boolean>,
  notApplied: () => Promise<AppError> = () => Promise.resolve(unusable('used')),
): Promise<boolean> {
  const claimed = await model.findOneAndUpdate(
    { _id: linkId, acceptedBy: null, expiresAt: mongoose.trusted({ $gt: new Date() }) },
    { $set: { acceptedBy: userId, acceptedAt: new Date() } },
  );
  if (claimed) return true;
  const current = await model.findById(linkId).lean<LinkRecord>();
  if (!current) throw notFound('Invitation');
  if (!current.acceptedBy) throw unusable('expired');
  if (!current.acceptedBy.equals(userId)) throw unusable('used');
  for (let attempt = 0; attempt < 10; attempt += 1) {
    if (await applied()) return false;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw await notApplied();
}
