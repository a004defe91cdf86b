import { objectId } from '@jumelage/contracts/common';
import type { Models } from '../../models.ts';
import { notFound } from '../../http/errors.ts';
import { parse } from '../../http/validate.ts';
import type { UserDoc } from '../users/users.model.ts';
import { loadPartnershipAccess, type PartnershipAccess } from '../partnerships/partnerships.access.ts';
import type { MilestoneDoc } from './milestones.model.ts';

/** Loads a milestone with its partnership's access; one that the viewer may not read is simply not found. */
export async function loadMilestoneAccess(
  models: Models,
  user: UserDoc,
  rawMilestoneId: unknown,
): Promise<{ milestone: MilestoneDoc; access: PartnershipAccess }> {
  const milestone = await models.Milestone.findById(parse(objectId, rawMilestoneId));
  if (!milestone) throw notFound('Milestone');
  try {
    return { milestone, access: await loadPartnershipAccess(models, user, String(milestone.partnershipId)) };
  } catch {
    throw notFound('Milestone');
  }
}
