import type { Plan } from '@jumelage/contracts/plans';

// The plan list is newest first (the server sorts by creation). Live events may arrive for plans
// the list already has (our own write, a repeated event) or does not have yet (a missed create).

const newestFirst = (a: Plan, b: Plan) =>
  a.createdAt === b.createdAt ? b.id.localeCompare(a.id) : b.createdAt.localeCompare(a.createdAt);

/** The list with `plan` replaced in place, or inserted where its creation time puts it. */
export function upsertPlan(plans: readonly Plan[], plan: Plan): Plan[] {
  if (plans.some((p) => p.id === plan.id)) return plans.map((p) => (p.id === plan.id ? plan : p));
  return [...plans, plan].sort(newestFirst);
}

export function removePlan(plans: readonly Plan[], planId: string): Plan[] {
  return plans.filter((p) => p.id !== planId);
}
