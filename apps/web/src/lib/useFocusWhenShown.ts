import { useCallback, useEffect, useRef } from 'react';

/**
 * Focuses the element a selector names once a render of this component has put it in the page:
 * "load more" hands the focus to the first row it added, since the button may go with the last
 * page and the focus would fall to the page body.
 */
export function useFocusWhenShown(): (selector: string) => void {
  const pending = useRef<string | null>(null);
  useEffect(() => {
    if (!pending.current) return;
    const element = document.querySelector<HTMLElement>(pending.current);
    if (!element) return;
    pending.current = null;
    element.focus();
  });
  return useCallback((selector: string) => {
    pending.current = selector;
  }, []);
}
