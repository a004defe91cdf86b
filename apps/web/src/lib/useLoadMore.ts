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

/** What "load more" needs from its page. */
interface LoadMoreOptions<T> {
  /** Sets the page's live region (role="status"). */
  setStatus: (text: string) => void;
  /** What is said once a page came, by the number of items it added. */
  message: (count: number) => string;
  /** The element to focus in the first added item's row. */
  focusTarget: (first: T) => string;
}

/**
 * "Load more" for a list: loads the next page, says how many were added and hands the focus to
 * the first of them. The button stays while the page loads, so it keeps the focus until then.
 */
export function useLoadMore<T>(
  loadMore: () => Promise<T[]>,
  { setStatus, message, focusTarget }: LoadMoreOptions<T>,
): () => Promise<void> {
  const focusWhenShown = useFocusWhenShown();
  return async () => {
    // Emptied first: a second page of the same size says the same words, and a live region whose
    // text does not change is not read again.
    setStatus('');
    const added = await loadMore();
    const [first] = added;
    if (first === undefined) return;
    setStatus(message(added.length));
    focusWhenShown(focusTarget(first));
  };
}
