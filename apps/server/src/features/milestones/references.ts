import mongoose from 'mongoose';
import { AppError } from '../../http/errors.ts';
import type { Models } from '../../models.ts';

const invalid = (path: string, message: string) =>
  new AppError('validation_failed', 'The request is not valid', [{ path, message }]);

/**
 * Owners must be members of the partnership (from either municipality) when they are made owners.
 * Those already owners (`current`) may stay after they left: the milestone keeps saying who was
 * responsible, and the rest of its owners can still be changed (they used to block every save).
 */
export async function assertOwnersAreMembers(models: Models, partnershipId: mongoose.Types.ObjectId, ownerIds: string[], current: string[] = []): Promise<void> {
  const unique = [...new Set(ownerIds)];
  if (unique.length !== ownerIds.length) throw invalid('ownerIds', 'contains duplicates');
  const added = unique.filter((id) => !current.includes(id));
  if (added.length === 0) return;
  const found = await models.Membership.countDocuments({
    partnershipId,
    userId: mongoose.trusted({ $in: added.map((id) => new mongoose.Types.ObjectId(id)) }),
  });
  if (found !== added.length) throw invalid('ownerIds', 'every owner must be a member of the partnership');
}

/** A linked plan must belong to the same partnership. */
export async function assertPlanInPartnership(models: Models, partnershipId: mongoose.Types.ObjectId, planId: string | null): Promise<void> {
  if (!planId) return;
  // Read through the connection so milestones do not depend on the plans feature's model.
  const plan = await models.Milestone.db
    .collection('plans')
    .findOne({ _id: new mongoose.Types.ObjectId(planId), partnershipId }, { projection: { _id: 1 } });
  if (!plan) throw invalid('planId', 'no such plan in this partnership');
}
