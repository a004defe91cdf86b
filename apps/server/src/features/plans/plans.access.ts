import mongoose from 'mongoose';
import type { PlanAbilities } from '@jumelage/contracts/plans';
import { objectId } from '@jumelage/contracts/common';
import { AppError, forbidden, notFound } from '../../http/errors.ts';
import { parse } from '../../http/validate.ts';
import type { Models } from '../../models.ts';
import type { UserDoc } from '../users/users.model.ts';
import { loadPartnershipAccess, type PartnershipAccess } from '../partnerships/partnerships.access.ts';
import type { PlanDoc } from './plans.model.ts';
import { planAbilities } from './plans.policy.ts';

export interface PlanAccess {
  plan: PlanDoc;
  partnership: PartnershipAccess;
  abilities: PlanAbilities;
}

/** The plans of a partnership the user may read: 404 (not 403) for everyone else, as if it did not exist. */
export async function loadPartnershipPlansAccess(models: Models, user: UserDoc, rawPartnershipId: unknown) {
  const partnership = await loadPartnershipAccess(models, user, rawPartnershipId);
  const abilities = planAbilities(partnership.abilities);
  if (!abilities.read) throw notFound('Partnership');
  return { partnership, abilities };
}

export async function loadPlanAccess(models: Models, user: UserDoc, rawPlanId: unknown): Promise<PlanAccess> {
  const plan = await models.Plan.findById(parse(objectId, rawPlanId));
  if (!plan) throw notFound('Plan');
  try {
    const { partnership, abilities } = await loadPartnershipPlansAccess(models, user, String(plan.partnershipId));
    return { plan, partnership, abilities };
  } catch (error) {
    if (error instanceof AppError && error.code === 'not_found') throw notFound('Plan');
    throw error;
  }
}

/** Those of the given plans the user may read (the others, and unknown ids, are left out). */
export async function readablePlans(models: Models, user: UserDoc, ids: readonly string[]): Promise<PlanDoc[]> {
  const plans = await models.Plan.find({ _id: mongoose.trusted({ $in: ids }) });
  const partnershipIds = [...new Set(plans.map((plan) => String(plan.partnershipId)))];
  const readable = new Set<string>();
  for (const partnershipId of partnershipIds) {
    try {
      await loadPartnershipPlansAccess(models, user, partnershipId);
      readable.add(partnershipId);
    } catch (error) {
      if (!(error instanceof AppError && error.code === 'not_found')) throw error;
    }
  }
  return plans.filter((plan) => readable.has(String(plan.partnershipId)));
}

export function requirePlanAbility(access: { abilities: PlanAbilities }, ability: keyof PlanAbilities): void {
  if (!access.abilities[ability]) throw forbidden();
}
