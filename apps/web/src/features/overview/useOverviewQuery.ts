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
  /**
   * Sorts by a column: another column in its own direction, the current one the other way round
   * (and back).
   */
  const sortBy = useCallback(
    (sort: OverviewSort) =>
      edit((next) => {
        const current = next.get('sort') ?? 'name';
        if (current === sort && !next.has('order')) next.set('order', reversedOrder(sort));
        else next.delete('order');
        next.set('sort', sort);
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
  return { filters, set, sortBy, clear };
}
