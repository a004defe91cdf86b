import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'wouter';
import { isOverviewSort, isTheme, type OverviewFilters } from './overview.api.ts';

/** Country, theme and order of the overview live in the URL (?country=TN&theme=…&sort=progress). */
export function useOverviewQuery() {
  const [params, setParams] = useSearchParams();
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
    (name: 'country' | 'theme' | 'sort', value: string | null) =>
      setParams(
        (previous) => {
          const next = new URLSearchParams(previous);
          if (value) next.set(name, value);
          else next.delete(name);
          return next;
        },
        { replace: true },
      ),
    [setParams],
  );
  /** Drops the country and theme filters, keeping the order. */
  const clear = useCallback(
    () =>
      setParams(
        (previous) => {
          const next = new URLSearchParams(previous);
          next.delete('country');
          next.delete('theme');
          return next;
        },
        { replace: true },
      ),
    [setParams],
  );
  return { filters, set, clear };
}
