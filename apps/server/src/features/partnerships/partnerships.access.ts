import type { Types } from 'mongoose';
import { membershipRoles, type MembershipRole } from '@jumelage/contracts/constants';
import type { PartnershipAbilities } from '@jumelage/contracts/partnerships';
import { objectId } from '@jumelage/contracts/common';
import type { Models } from '../../models.ts';
import { forbidden, notFound } from '../../http/errors.ts';
import { parse } from '../../http/validate.ts';
import type { UserDoc } from '../users/users.model.ts';
import type { MembershipDoc } from './memberships.model.ts';
import type { PartnershipDoc } from './partnerships.model.ts';
import { partnershipAbilities } from './partnerships.policy.ts';

export interface PartnershipAccess {
  partnership: PartnershipDoc;
  membership: MembershipDoc | null;
  role: MembershipRole | null;
  abilities: PartnershipAbilities;
}

export const asMembershipRole = (value: string): MembershipRole =>
  membershipRoles.find((role) => role === value) ?? 'observer';

/** The user's role in a partnership; null when they are not a member. */
export async function membershipRoleIn(
  models: Models,
  partnershipId: Types.ObjectId | string,
  userId: Types.ObjectId | string,
): Promise<MembershipRole | null> {
  const membership = await models.Membership.findOne({ partnershipId, userId });
  return membership ? asMembershipRole(membership.role) : null;
}

/** Loads a partnership with the viewer's abilities; anyone who may not read it gets 404, not 403. */
export async function loadPartnershipAccess(
  models: Models,
  user: UserDoc,
  rawPartnershipId: unknown,
): Promise<PartnershipAccess> {
  const partnershipId = parse(objectId, rawPartnershipId);
  const [partnership, membership] = await Promise.all([
    models.Partnership.findById(partnershipId),
    models.Membership.findOne({ partnershipId, userId: user._id }),
  ]);
  const role = membership ? asMembershipRole(membership.role) : null;
  const abilities = partnershipAbilities(user, role);
  if (!partnership || !abilities.read) throw notFound('Partnership');
  return { partnership, membership, role, abilities };
}

export function requireAbility(access: PartnershipAccess, ability: keyof PartnershipAbilities): void {
  if (!access.abilities[ability]) throw forbidden();
}
