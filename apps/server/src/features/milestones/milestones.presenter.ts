import { milestoneStatuses } from '@jumelage/contracts/constants';
import { activityTypes, type Activity, type Milestone } from '@jumelage/contracts/milestones';
import type { UserDoc } from '../users/users.model.ts';
import type { ActivityDoc } from './activities.model.ts';
import type { MilestoneDoc } from './milestones.model.ts';

export function presentMilestone(milestone: MilestoneDoc): Milestone {
  return {
    id: milestone.id,
    partnershipId: String(milestone.partnershipId),
    title: milestone.title,
    description: milestone.description,
    status: milestoneStatuses.find((status) => status === milestone.status) ?? 'planned',
    dueOn: milestone.dueOn ?? null,
    ownerIds: milestone.ownerIds.map(String),
    planId: milestone.planId ? String(milestone.planId) : null,
    position: milestone.position,
    completedAt: milestone.completedAt?.toISOString() ?? null,
    version: milestone.version,
    createdAt: milestone.createdAt.toISOString(),
    updatedAt: milestone.updatedAt.toISOString(),
  };
}

function isChanges(value: unknown): value is Activity['changes'] {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function presentActivity(activity: ActivityDoc, actor: UserDoc | undefined): Activity {
  return {
    id: activity.id,
    type: activityTypes.find((type) => type === activity.type) ?? 'milestone.updated',
    actor: actor ? { id: actor.id, name: actor.name } : null,
    subjectId: String(activity.subjectId),
    changes: isChanges(activity.changes) ? activity.changes : {},
    title: activity.title,
    createdAt: activity.createdAt.toISOString(),
  };
}
