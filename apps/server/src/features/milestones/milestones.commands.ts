import mongoose from 'mongoose';
import { milestoneLimits } from '@jumelage/contracts/constants';
import type { CreateMilestoneBody, Milestone, UpdateMilestoneBody } from '@jumelage/contracts/milestones';
import type { AppContext } from '../../context.ts';
import { createOnce } from '../create-once.ts';
import { AppError } from '../../http/errors.ts';
import type { UserDoc } from '../users/users.model.ts';
import type { PartnershipAccess } from '../partnerships/partnerships.access.ts';
import { refreshPartnershipStats } from '../overview/partnership-stats.ts';
import type { MilestoneDoc } from './milestones.model.ts';
import { presentMilestone } from './milestones.presenter.ts';
import { assertValidPosition, positionAtEnd } from './positions.ts';
import { recordActivity } from './activity.ts';
import { assertOwnersAreMembers, assertPlanInPartnership } from './references.ts';

type CreateInput = Required<Omit<CreateMilestoneBody, 'position' | 'id'>> & { position?: string; id?: string };
type UpdateInput = Omit<UpdateMilestoneBody, 'version'> & { version: number };

const trackedFields = ['title', 'description', 'status', 'dueOn', 'ownerIds', 'planId', 'position'] as const;

function comparable(value: unknown): string {
  return JSON.stringify(value ?? null);
}

/**
 * Creates a milestone at the end of its column (or at the given key), records it and announces
 * it; or answers the one this client made before under the same `id` (a create sent again after
 * its answer was lost): `isNew` says which, so only the first is announced.
 */
export async function createMilestone(ctx: AppContext, access: PartnershipAccess, actor: UserDoc, input: CreateInput): Promise<{ milestone: Milestone; isNew: boolean }> {
  const partnershipId = access.partnership._id;
  const { id, ...fields } = input;
  const { record, isNew } = await createOnce({
    id,
    find: (chosen) => ctx.models.Milestone.findById(chosen),
    sameAs: { partnershipId, createdBy: actor._id },
    create: async (chosen) => {
      if ((await ctx.models.Milestone.countDocuments({ partnershipId })) >= milestoneLimits.perPartnership) throw boardFull();
      await assertOwnersAreMembers(ctx.models, partnershipId, fields.ownerIds);
      await assertPlanInPartnership(ctx.models, partnershipId, fields.planId);
      if (fields.position) assertValidPosition(fields.position);
      return ctx.models.Milestone.create({
        ...fields,
        ...(chosen ? { _id: chosen } : {}),
        partnershipId,
        position: fields.position ?? (await positionAtEnd(ctx.models, partnershipId, fields.status)),
        completedAt: fields.status === 'done' ? new Date() : null,
        createdBy: actor._id,
      });
    },
  });
  if (!isNew) return { milestone: presentMilestone(record), isNew };
  await keepWithinLimit(ctx, record);
  const presented = presentMilestone(record);
  await afterWrite(ctx, record, actor, 'milestone.created', {});
  return { milestone: presented, isNew };
}

const boardFull = () => new AppError('conflict', 'This board already holds the maximum number of milestones');

/**
 * Creates running at the same moment all pass the count before inserting; afterwards the board
 * keeps only the first `perPartnership` by _id (creation order), so one of two creates for the last
 * place is undone and answered 409, as it would have been a moment later.
 */
async function keepWithinLimit(ctx: AppContext, milestone: MilestoneDoc): Promise<void> {
  const rank = await ctx.models.Milestone.countDocuments({ partnershipId: milestone.partnershipId, _id: mongoose.trusted({ $lte: milestone._id }) });
  if (rank <= milestoneLimits.perPartnership) return;
  await milestone.deleteOne();
  throw boardFull();
}

/** Applies a change if the client's version is current; otherwise 409 with the current milestone. */
export async function updateMilestone(ctx: AppContext, milestone: MilestoneDoc, actor: UserDoc, input: UpdateInput): Promise<Milestone> {
  const { version, ...fields } = input;
  if (fields.ownerIds) await assertOwnersAreMembers(ctx.models, milestone.partnershipId, fields.ownerIds, milestone.ownerIds.map(String));
  if (fields.planId) await assertPlanInPartnership(ctx.models, milestone.partnershipId, fields.planId);
  if (fields.position) assertValidPosition(fields.position);
  const statusChanged = fields.status !== undefined && fields.status !== milestone.status;
  const set: Record<string, unknown> = { ...fields };
  if (statusChanged) {
    set.completedAt = fields.status === 'done' ? new Date() : null;
    set.position = fields.position ?? (await positionAtEnd(ctx.models, milestone.partnershipId, fields.status ?? 'planned'));
  }
  const updated = await ctx.models.Milestone.findOneAndUpdate(
    { _id: milestone._id, version },
    { $set: set, $inc: { version: 1 } },
    { returnDocument: 'after', runValidators: true },
  );
  if (!updated) throw await conflict(ctx, milestone._id);
  const changes: Record<string, { before: unknown; after: unknown }> = {};
  for (const field of trackedFields) {
    const before = field === 'ownerIds' ? milestone.ownerIds.map(String) : milestone.get(field);
    const after = field === 'ownerIds' ? updated.ownerIds.map(String) : updated.get(field);
    if (comparable(before) !== comparable(after)) changes[field] = { before: before ?? null, after: after ?? null };
  }
  const onlyMoved = Object.keys(changes).every((field) => field === 'status' || field === 'position');
  await afterWrite(ctx, updated, actor, onlyMoved ? 'milestone.moved' : 'milestone.updated', changes);
  return presentMilestone(updated);
}

export async function deleteMilestone(ctx: AppContext, milestone: MilestoneDoc, actor: UserDoc, version: number | undefined): Promise<void> {
  const filter = version === undefined ? { _id: milestone._id } : { _id: milestone._id, version };
  const deleted = await ctx.models.Milestone.findOneAndDelete(filter);
  if (!deleted) throw await conflict(ctx, milestone._id);
  await afterWrite(ctx, deleted, actor, 'milestone.deleted', {});
}

async function conflict(ctx: AppContext, id: mongoose.Types.ObjectId): Promise<AppError> {
  const current = await ctx.models.Milestone.findById(id);
  if (!current) return new AppError('not_found', 'Milestone not found');
  return new AppError('conflict', 'Someone else changed this milestone in the meantime', undefined, presentMilestone(current));
}

async function afterWrite(
  ctx: AppContext,
  milestone: MilestoneDoc,
  actor: UserDoc,
  type: 'milestone.created' | 'milestone.updated' | 'milestone.moved' | 'milestone.deleted',
  changes: Record<string, { before: unknown; after: unknown }>,
): Promise<void> {
  const activity = await recordActivity(ctx.models, { milestone, actor, type, changes });
  await refreshPartnershipStats(ctx.models, String(milestone.partnershipId), activity.createdAt);
}
