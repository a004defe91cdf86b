import { useCallback, useEffect, useRef } from 'react';

/**
 * Focuses the element a selector names once a render of this component has put it in the page:
 * "load more" hands the focus to the first row it added, since the button may go with the last
 * page and the focus would fall to the page body.
 */
function useFocusWhenShown(): (selector: string) => void {
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

/**
 * "Load more" for a list: loads the next page, says how many were added and hands the focus to
 * the first of them (`focusTarget` names the element to focus in its row). The button stays while
 * the page loads, so it keeps the focus until then.
 */
export function useLoadMore<T>(
  loadMore: () => Promise<T[]>,
  announce: (count: number) => void,
  focusTarget: (first: T) => string,
): () => Promise<void> {
  const focusWhenShown = useFocusWhenShown();
  return async () => {
    const added = await loadMore();
    const [first] = added;
    if (first === undefined) return;
    announce(added.length);
    focusWhenShown(focusTarget(first));
  };
}
