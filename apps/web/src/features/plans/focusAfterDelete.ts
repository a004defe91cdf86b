/**
 * The plan that takes the place of a deleted one in the list, for the keyboard focus: the next
 * plan, or the previous one when the last was deleted; null when none is left.
 */
export function planAfterDeletion(plans: readonly { id: string }[], deletedId: string) {
  const index = plans.findIndex((plan) => plan.id === deletedId);
  const rest = plans.filter((plan) => plan.id !== deletedId);
  if (rest.length === 0) return null;
  return rest[Math.min(Math.max(index, 0), rest.length - 1)]?.id ?? null;
}
