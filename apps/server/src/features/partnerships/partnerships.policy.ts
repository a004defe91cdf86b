import type { PartnershipAbilities } from '@jumelage/contracts/partnerships';
import type { GlobalRole, MembershipRole } from '@jumelage/contracts/constants';

const none: PartnershipAbilities = {
  read: false,
  update: false,
  readPlans: false,
  editPlans: false,
  chat: false,
  manageMilestones: false,
  manageMembers: false,
};

const byRole: Record<MembershipRole, PartnershipAbilities> = {
  owner: { read: true, update: true, readPlans: true, editPlans: true, chat: true, manageMilestones: true, manageMembers: true },
  member: { ...none, read: true, readPlans: true, editPlans: true, chat: true, manageMilestones: true },
  expert: { ...none, read: true, readPlans: true, editPlans: true, chat: true },
  observer: { ...none, read: true, readPlans: true },
};

/**
 * Everything a user may do in one partnership. Membership decides; coordinators and admins who are
 * not members see the partnership and its milestones, never plan contents or chat.
 */
export function partnershipAbilities(
  user: { globalRole: GlobalRole | string },
  membershipRole: MembershipRole | null,
): PartnershipAbilities {
  const fromMembership = membershipRole ? byRole[membershipRole] : none;
  if (user.globalRole === 'admin') {
    return { ...fromMembership, read: true, update: true, manageMembers: true };
  }
  if (user.globalRole === 'coordinator') return { ...fromMembership, read: true };
  return fromMembership;
}

export function isGlobalViewer(user: { globalRole: GlobalRole | string }): boolean {
  return user.globalRole === 'admin' || user.globalRole === 'coordinator';
}
