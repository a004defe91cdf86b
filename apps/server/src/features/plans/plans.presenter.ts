import type { Types } from 'mongoose';
import { asLocale, planTemplateKeys } from '@jumelage/contracts/constants';
import type { Plan, PlanAuthor, PlanVersion } from '@jumelage/contracts/plans';
import { partLanguageOf } from '@jumelage/editor/script';
import type { Models } from '../../models.ts';
import { loadUserNames } from '../users/users.presenter.ts';
import type { PlanVersionDoc } from './plan-versions.model.ts';
import type { PlanDoc, PlanRecord } from './plans.model.ts';

/** A plan as stored: a mongoose document or a lean record. */
type StoredPlan = PlanRecord & { _id: Types.ObjectId };

export function presentPlan(plan: StoredPlan, authors: ReadonlyMap<string, PlanAuthor>): Plan {
  return {
    id: String(plan._id),
    partnershipId: String(plan.partnershipId),
    title: plan.title,
    templateKey: planTemplateKeys.find((key) => key === plan.templateKey) ?? 'blank',
    locale: asLocale(plan.locale),
    textPreview: plan.textPreview,
    previewLanguages: (plan.previewLanguages ?? []).map(partLanguageOf),
    sizeBytes: plan.sizeBytes,
    updatedAt: plan.updatedAt.toISOString(),
    updatedBy: plan.updatedBy ? (authors.get(String(plan.updatedBy)) ?? null) : null,
    createdAt: plan.createdAt.toISOString(),
  };
}

const unknownAuthor = (id: Types.ObjectId): PlanAuthor => ({ id: String(id), name: '' });

export function presentVersion(version: PlanVersionDoc, authors: Map<string, PlanAuthor>): PlanVersion {
  return {
    id: version.id,
    label: version.label,
    createdAt: version.createdAt.toISOString(),
    createdBy: authors.get(String(version.createdBy)) ?? unknownAuthor(version.createdBy),
    replacedAt: version.replacedAt?.toISOString() ?? null,
    lateEditors: (version.lateEditorIds ?? []).map((id) => authors.get(String(id)) ?? unknownAuthor(id)),
  };
}

/** One plan presented with its author's name. */
export async function presentPlanWithAuthor(models: Models, plan: PlanDoc): Promise<Plan> {
  return presentPlan(plan, await loadUserNames(models, [plan.updatedBy]));
}
