import { useCallback, useMemo } from 'react';
import type { PlanChanged, PlanDeleted } from '@jumelage/contracts/plans';
import { useReconnect, useSocketEvent } from '../../lib/socket.ts';
import { useResource } from '../../lib/useResource.ts';
import { plansUrl, type PlanOptions } from './milestones.api.ts';

type Options = PlanOptions['data'];

/** The options with `plan`'s title; the same array when it is already so (saves seldom rename). */
function withTitle(options: Options, plan: Options[number]): Options {
  const known = options.find((option) => option.id === plan.id);
  if (known?.title === plan.title) return options;
  const option = { id: plan.id, title: plan.title };
  return known
    ? options.map((other) => (other.id === plan.id ? option : other))
    : [...options, option];
}

/**
 * Titles of the partnership's plans by id, for linking a milestone to one. Null when the viewer
 * may not read plans (coordinators) or the plans feature does not answer: the field is then hidden.
 * Kept current by the `plan:*` events, so that a board's cards name a plan as it is now called.
 */
export function usePlanTitles(partnershipId: string, canReadPlans: boolean) {
  const { data, update, reload } = useResource<PlanOptions>(
    canReadPlans ? `${plansUrl(partnershipId)}?limit=100` : null,
  );
  const onChanged = useCallback(
    ({ partnershipId: changedIn, plan }: PlanChanged) => {
      if (changedIn !== partnershipId) return;
      update((page) => {
        const options = withTitle(page.data, plan);
        return options === page.data ? page : { data: options };
      });
    },
    [update, partnershipId],
  );
  const onDeleted = useCallback(
    ({ partnershipId: changedIn, planId }: PlanDeleted) => {
      if (changedIn === partnershipId) {
        update((page) => ({ data: page.data.filter((option) => option.id !== planId) }));
      }
    },
    [update, partnershipId],
  );
  useSocketEvent('plan:created', onChanged);
  useSocketEvent('plan:updated', onChanged);
  useSocketEvent('plan:deleted', onDeleted);
  useReconnect(reload);
  return useMemo(
    () => (data ? new Map(data.data.map((plan) => [plan.id, plan.title] as const)) : null),
    [data],
  );
}
