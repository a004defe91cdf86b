import type { ActivityType } from '@jumelage/contracts/milestones';
import type { Models } from '../../models.ts';
import type { UserDoc } from '../users/users.model.ts';
import type { ActivityDoc } from './activities.model.ts';
import type { MilestoneDoc } from './milestones.model.ts';

interface ActivityInput {
  milestone: MilestoneDoc;
  actor: UserDoc;
  type: ActivityType;
  changes: Record<string, { before: unknown; after: unknown }>;
}

/** Every milestone change leaves one entry: who, what, and the changed fields before and after. */
export function recordActivity(models: Models, { milestone, actor, type, changes }: ActivityInput): Promise<ActivityDoc> {
  return models.Activity.create({
    partnershipId: milestone.partnershipId,
    actorId: actor._id,
    type,
    subjectId: milestone._id,
    title: milestone.title,
    changes,
  });
}
