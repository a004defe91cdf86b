import { useCallback, useMemo } from 'react';
import { useUrlQuery } from '../../lib/useUrlQuery.ts';
import type { OverviewSort } from '@jumelage/contracts/overview';
import {
  isOverviewSort,
  isPartnershipStatus,
  isSortOrder,
  isTheme,
  reversedOrder,
  type OverviewFilters,
} from './overview.api.ts';

/**
 * Country, theme, status and order of the overview live in the URL
 * (?country=TN&theme=…&status=active&sort=progress&order=asc).
 */
export function useOverviewQuery() {
  const { params, edit, setParam } = useUrlQuery();
  const filters = useMemo<OverviewFilters>(() => {
    const country = params.get('country');
    const theme = params.get('theme');
    const sort = params.get('sort');
    const status = params.get('status');
    const order = params.get('order');
    return {
      country: country && /^[A-Z]{2}$/.test(country) ? country : null,
      theme: isTheme(theme) ? theme : null,
      status: isPartnershipStatus(status) ? status : null,
      sort: isOverviewSort(sort) ? sort : 'name',
      order: isSortOrder(order) ? order : null,
    };
  }, [params]);
  const set = useCallback(
    (name: 'country' | 'theme' | 'status' | 'sort', value: string | null) => setParam(name, value),
    [setParam],
  );
  /** Sorts in the sort's own direction or, `reversed`, the other way round. */
  const setSort = useCallback(
    (sort: OverviewSort, reversed: boolean) =>
      edit((next) => {
        next.set('sort', sort);
        if (reversed) next.set('order', reversedOrder(sort));
        else next.delete('order');
      }),
    [edit],
  );
  /** Drops the country, theme and status filters, keeping the order. */
  const clear = useCallback(
    () =>
      edit((next) => {
        next.delete('country');
        next.delete('theme');
        next.delete('status');
      }),
    [edit],
  );
  return { filters, set, setSort, clear };
}
