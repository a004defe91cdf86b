import type { Request } from 'express';
import type { Milestone } from '@jumelage/contracts/milestones';
import type { AppContext } from '../../context.ts';

type Change = 'milestone:created' | 'milestone:updated';

/**
 * Announces a milestone change to the partnership (minus the sending socket, which already applied
 * it) and to coordinators watching the overview.
 */
export function announceMilestone(ctx: AppContext, req: Request, event: Change, milestone: Milestone): void {
  const payload = { partnershipId: milestone.partnershipId, milestone };
  ctx.realtime.toPartnership(milestone.partnershipId, req, { includeViewers: true }).emit(event, payload);
}

export function announceMilestoneDeleted(ctx: AppContext, req: Request, partnershipId: string, milestoneId: string): void {
  const payload = { partnershipId, milestoneId };
  ctx.realtime.toPartnership(partnershipId, req, { includeViewers: true }).emit('milestone:deleted', payload);
}
