import { useCallback, useEffect, useRef } from 'react';

/**
 * A change made here that swaps one button for another (deactivate and reactivate, cancel and
 * reinstate): once `state` shows the change, the focus goes on to the new button (`find`)
 * instead of falling to the page with the one pressed. Wrap the change in `whileChanging`; a
 * change that failed, or one made elsewhere, moves no focus.
 */
export function useFocusAfterSwap(state: unknown, find: () => HTMLElement | null | undefined) {
  const isChanging = useRef(false);
  const findRef = useRef(find);
  useEffect(() => {
    findRef.current = find;
  });
  const whileChanging = useCallback(
    (change: () => Promise<void>) => async () => {
      isChanging.current = true;
      try {
        await change();
      } catch (thrown) {
        isChanging.current = false;
        throw thrown;
      }
    },
    [],
  );
  useEffect(() => {
    if (!isChanging.current) return;
    isChanging.current = false;
    findRef.current()?.focus();
  }, [state]);
  return whileChanging;
}
