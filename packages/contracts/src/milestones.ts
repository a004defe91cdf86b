import { z } from 'zod';
import { milestoneLimits, milestoneStatuses, type MilestoneStatus } from './constants.ts';
import { clientChosenId, isoDate, objectId } from './common.ts';

/**
 * A position is a fractional-indexing key (base-62 digits behind an integer-length head) so that a
 * move rewrites only the moved milestone. The server additionally checks it with the library.
 */
export const positionKey = z
  .string()
  .min(2)
  .max(80)
  .regex(/^[A-Za-z][0-9A-Za-z]+$/, 'must be a fractional index key');

const title = z.string().trim().min(1).max(milestoneLimits.titleLength);
const description = z.string().max(milestoneLimits.descriptionLength);
const ownerIds = z.array(objectId).max(milestoneLimits.ownersMax);

export const createMilestoneBody = z.strictObject({
  id: clientChosenId,
  title,
  description: description.default(''),
  status: z.enum(milestoneStatuses).default('planned'),
  dueOn: isoDate.nullable().default(null),
  ownerIds: ownerIds.default([]),
  planId: objectId.nullable().default(null),
  /** Where to put it in its column; default: at the end. */
  position: positionKey.optional(),
});
export type CreateMilestoneBody = z.input<typeof createMilestoneBody>;

/** PATCH: any subset of fields plus the version read by the client; a move is status + position. */
export const updateMilestoneBody = z
  .strictObject({
    version: z.number().int().min(0),
    title: title.optional(),
    description: description.optional(),
    status: z.enum(milestoneStatuses).optional(),
    dueOn: isoDate.nullable().optional(),
    ownerIds: ownerIds.optional(),
    planId: objectId.nullable().optional(),
    position: positionKey.optional(),
  })
  .refine((body) => Object.keys(body).length > 1, 'nothing to change');
export type UpdateMilestoneBody = z.input<typeof updateMilestoneBody>;

const booleanQuery = z.enum(['true', 'false']).transform((value) => value === 'true');

export const listMilestonesQuery = z.strictObject({
  status: z.enum(milestoneStatuses).optional(),
  ownerId: objectId.optional(),
  overdue: booleanQuery.optional(),
});

export const deleteMilestoneQuery = z.strictObject({
  version: z.coerce.number().int().min(0).optional(),
});

export interface Milestone {
  id: string;
  partnershipId: string;
  title: string;
  description: string;
  status: MilestoneStatus;
  dueOn: string | null;
  ownerIds: string[];
  planId: string | null;
  position: string;
  completedAt: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface MilestoneAbilities {
  update: boolean;
  delete: boolean;
}

export const activityTypes = ['milestone.created', 'milestone.updated', 'milestone.moved', 'milestone.deleted'] as const;
export type ActivityType = (typeof activityTypes)[number];

export interface Activity {
  id: string;
  type: ActivityType;
  actor: { id: string; name: string } | null;
  subjectId: string;
  /** Changed fields: their values before and after. */
  changes: Record<string, { before: unknown; after: unknown }>;
  title: string;
  createdAt: string;
}

export interface MilestoneChanged {
  partnershipId: string;
  milestone: Milestone;
}

export interface MilestoneDeleted {
  partnershipId: string;
  milestoneId: string;
}
