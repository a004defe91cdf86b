import { useMemo } from 'react';
import { useResource } from '../../lib/useResource.ts';
import { plansUrl, type PlanOptions } from './milestones.api.ts';

/**
 * Titles of the partnership's plans by id, for linking a milestone to one. Null when the viewer
 * may not read plans (coordinators) or the plans feature does not answer: the field is then hidden.
 */
export function usePlanTitles(partnershipId: string, canReadPlans: boolean) {
  const { data } = useResource<PlanOptions>(
    canReadPlans ? `${plansUrl(partnershipId)}?limit=100` : null,
  );
  return useMemo(
    () => (data ? new Map(data.data.map((plan) => [plan.id, plan.title] as const)) : null),
    [data],
  );
}
