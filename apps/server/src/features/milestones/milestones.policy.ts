import type { MilestoneAbilities } from '@jumelage/contracts/milestones';
import type { PartnershipAbilities } from '@jumelage/contracts/partnerships';

/** Milestones follow the partnership's `manageMilestones`; experts and observers read only. */
export function milestoneAbilities(partnership: PartnershipAbilities): MilestoneAbilities {
  return { update: partnership.manageMilestones, delete: partnership.manageMilestones };
}
