import { useCallback, useMemo } from 'react';
import { useUrlQuery } from '../../lib/useUrlQuery.ts';
import {
  isOverviewSort,
  isPartnershipStatus,
  isTheme,
  type OverviewFilters,
} from './overview.api.ts';

/**
 * Country, theme, status and order of the overview live in the URL
 * (?country=TN&theme=…&status=active&sort=progress).
 */
export function useOverviewQuery() {
  const { params, edit, setParam } = useUrlQuery();
  const filters = useMemo<OverviewFilters>(() => {
    const country = params.get('country');
    const theme = params.get('theme');
    const sort = params.get('sort');
    const status = params.get('status');
    return {
      country: country && /^[A-Z]{2}$/.test(country) ? country : null,
      theme: isTheme(theme) ? theme : null,
      status: isPartnershipStatus(status) ? status : null,
      sort: isOverviewSort(sort) ? sort : 'name',
    };
  }, [params]);
  const set = useCallback(
    (name: 'country' | 'theme' | 'status' | 'sort', value: string | null) => setParam(name, value),
    [setParam],
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
  return { filters, set, clear };
}
