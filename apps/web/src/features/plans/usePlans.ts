import { useCallback, useState } from 'react';
import type { Plan, PlanChanged, PlanDeleted, PlanListResponse } from '@jumelage/contracts/plans';
import { api, asApiError, type ApiError } from '../../lib/api.ts';
import { useReconnect, useSocketEvent } from '../../lib/socket.ts';
import { useResource } from '../../lib/useResource.ts';
import { plansPageUrl, plansUrl } from './plans.api.ts';
import { appendPage, removePlan, upsertPlan } from './planList.ts';

/**
 * The plans of one partnership, kept current by `plan:*` events (other people's changes; our own
 * writes are applied from the REST answer) and refetched after the live connection comes back.
 */
export function usePlans(partnershipId: string) {
  const resource = useResource<PlanListResponse>(plansUrl(partnershipId));
  const { update, reload } = resource;
  const [isLoadingMore, setIsLoadingMore] = useState(false);
  const [loadMoreError, setLoadMoreError] = useState<ApiError | null>(null);

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

  const cursor = resource.data?.nextCursor ?? null;
  /** Loads the next page; resolves to the plans it added (none after an error or a repeat). */
  const loadMore = async (): Promise<Plan[]> => {
    if (cursor === null || isLoadingMore) return [];
    setIsLoadingMore(true);
    setLoadMoreError(null);
    try {
      const next = await api.get<PlanListResponse>(plansPageUrl(partnershipId, cursor));
      const known = new Set((resource.data?.data ?? []).map((plan) => plan.id));
      update((page) => ({
        ...page,
        data: appendPage(page.data, next.data),
        nextCursor: next.nextCursor,
      }));
      return next.data.filter((plan) => !known.has(plan.id));
    } catch (error) {
      setLoadMoreError(asApiError(error));
      return [];
    } finally {
      setIsLoadingMore(false);
    }
  };

  return { ...resource, change, loadMore, isLoadingMore, loadMoreError, hasMore: cursor !== null };
}
