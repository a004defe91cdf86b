import type { PartnershipAbilities } from '@jumelage/contracts/partnerships';
import type { PlanAbilities } from '@jumelage/contracts/plans';

/**
 * What a user may do with a partnership's plans, derived from the partnership policy: members,
 * experts and owners read and edit, observers read (their collab connection is read-only), owners
 * delete. Coordinators and admins who are not members get no plan abilities at all, so plans answer
 * them 404 like to any outsider.
 */
export function planAbilities(partnership: PartnershipAbilities): PlanAbilities {
  const read = partnership.readPlans;
  const edit = read && partnership.editPlans;
  return { read, edit, delete: edit && partnership.manageMembers };
}
