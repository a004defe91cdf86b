import { useCallback } from 'react';
import type { Plan, PlanChanged, PlanDeleted, PlanListResponse } from '@jumelage/contracts/plans';
import { useReconnect, useSocketEvent } from '../../lib/socket.ts';
import { useMorePages } from '../../lib/useMorePages.ts';
import { useResource } from '../../lib/useResource.ts';
import { plansUrl } from './plans.api.ts';
import { removePlan, upsertPlan } from './planList.ts';

/**
 * The plans of one partnership, kept current by `plan:*` events (other people's changes; our own
 * writes are applied from the REST answer) and refetched after the live connection comes back.
 */
export function usePlans(partnershipId: string) {
  const resource = useResource<PlanListResponse>(plansUrl(partnershipId));
  const { update, reload } = resource;

  const change = useCallback(
    (apply: (plans: Plan[]) => Plan[]) => update((page) => ({ ...page, data: apply(page.data) })),
    [update],
  );
  const onChanged = useCallback(
    ({ partnershipId: changedIn, plan }: PlanChanged) => {
      if (changedIn === partnershipId) change((plans) => upsertPlan(plans, plan));
    },
    [change, partnershipId],
  );
  const onDeleted = useCallback(
    ({ partnershipId: changedIn, planId }: PlanDeleted) => {
      if (changedIn === partnershipId) change((plans) => removePlan(plans, planId));
    },
    [change, partnershipId],
  );
  useSocketEvent('plan:created', onChanged);
  useSocketEvent('plan:updated', onChanged);
  useSocketEvent('plan:deleted', onDeleted);
  useReconnect(reload);

  const more = useMorePages<Plan, PlanListResponse>(resource, plansUrl(partnershipId));
  return { ...resource, change, ...more };
}
