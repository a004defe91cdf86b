import { useCallback } from 'react';
import { useSearchParams } from 'wouter';

/**
 * The page's query string as state that survives a reload: read `params`, change it with `edit`
 * (which replaces the history entry, so filters do not fill the back button) or set one `param`.
 */
export function useUrlQuery() {
  const [params, setParams] = useSearchParams();
  const edit = useCallback(
    (change: (next: URLSearchParams) => void) =>
      setParams(
        (previous) => {
          const next = new URLSearchParams(previous);
          change(next);
          return next;
        },
        { replace: true },
      ),
    [setParams],
  );
  const setParam = useCallback(
    (name: string, value: string | null) =>
      edit((next) => {
        if (value) next.set(name, value);
        else next.delete(name);
      }),
    [edit],
  );
  return { params, edit, setParam };
}
