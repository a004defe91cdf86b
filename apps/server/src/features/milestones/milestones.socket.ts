import type { Milestone } from '@jumelage/contracts/milestones';
import type { AppContext } from '../../context.ts';

type Change = 'milestone:created' | 'milestone:updated';

/**
 * Announces a milestone change to the partnership and to coordinators watching the overview. The
 * sending tab gets it too: where the answer to its request was lost, the change may still have
 * been made, and this is how its board learns. The board applies a version it has only once.
 */
export function announceMilestone(ctx: AppContext, event: Change, milestone: Milestone): void {
  const payload = { partnershipId: milestone.partnershipId, milestone };
  ctx.realtime.toPartnership(milestone.partnershipId, { includeViewers: true }).emit(event, payload);
}

export function announceMilestoneDeleted(ctx: AppContext, partnershipId: string, milestoneId: string): void {
  const payload = { partnershipId, milestoneId };
  ctx.realtime.toPartnership(partnershipId, { includeViewers: true }).emit('milestone:deleted', payload);
}
