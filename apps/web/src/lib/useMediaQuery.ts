import { useCallback, useSyncExternalStore } from 'react';

/** A phone: the width at which the stylesheets' `(width <= 40rem)` rules take over. */
export const phoneWidth = '(width <= 40rem)';

/** Whether the media query matches now, following it as the window changes. */
export function useMediaQuery(query: string): boolean {
  const subscribe = useCallback(
    (onChange: () => void) => {
      const list = window.matchMedia(query);
      list.addEventListener('change', onChange);
      return () => list.removeEventListener('change', onChange);
    },
    [query],
  );
  return useSyncExternalStore(subscribe, () => window.matchMedia(query).matches);
}
