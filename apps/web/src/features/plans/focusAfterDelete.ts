/**
 * The plan that takes the place of a deleted one in the list, for the keyboard focus: the next
 * plan, or the previous one when the last was deleted; null when none is left.
 */
export function planAfterDeletion(
  plans: readonly { id: string }[],
  deletedId: string,
): string | null {
  const index = plans.findIndex((plan) => plan.id === deletedId);
  return (plans[index + 1] ?? plans[index - 1])?.id ?? null;
}
