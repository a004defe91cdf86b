import { useCallback, useMemo } from 'react';
import { useUrlQuery } from '../../lib/useUrlQuery.ts';
import { isOverviewSort, isTheme, type OverviewFilters } from './overview.api.ts';

/** Country, theme and order of the overview live in the URL (?country=TN&theme=…&sort=progress). */
export function useOverviewQuery() {
  const { params, edit, setParam } = useUrlQuery();
  const filters = useMemo<OverviewFilters>(() => {
    const country = params.get('country');
    const theme = params.get('theme');
    const sort = params.get('sort');
    return {
      country: country && /^[A-Z]{2}$/.test(country) ? country : null,
      theme: isTheme(theme) ? theme : null,
      sort: isOverviewSort(sort) ? sort : 'name',
    };
  }, [params]);
  const set = useCallback(
    (name: 'country' | 'theme' | 'sort', value: string | null) => setParam(name, value),
    [setParam],
  );
  /** Drops the country and theme filters, keeping the order. */
  const clear = useCallback(
    () =>
      edit((next) => {
        next.delete('country');
        next.delete('theme');
      }),
    [edit],
  );
  return { filters, set, clear };
}
