import { useCallback, useEffect, useLayoutEffect, useRef, type RefObject } from 'react';

interface ScrollContent {
  /** The oldest message shown: when it changes, older messages were added above. */
  firstId: string | null;
  count: number;
  /** The viewer's unsent messages: one more means they just sent something. */
  pendingCount: number;
  onAtEndChange: (isAtEnd: boolean) => void;
  /** Where to open when what follows it does not fit (the first unread message's line). */
  openAt?: RefObject<HTMLElement | null>;
}

const endSlackPx = 48;
/** Room above the unread line when opening there, so the message before it peeks in. */
const startMarginPx = 48;

function measure(element: HTMLElement) {
  const fromEnd = element.scrollHeight - element.scrollTop;
  return { fromEnd, isAtEnd: fromEnd - element.clientHeight < endSlackPx };
}

/**
 * Keeps a chat scroller where the reader expects it: at the end while they follow the
 * conversation or after they send, also when the scroller changes size, and on the same messages
 * when older ones load above.
 * Returns the scroller's onScroll handler.
 */
export function useScrollKeeper(ref: RefObject<HTMLElement | null>, content: ScrollContent) {
  const { firstId, count, pendingCount, onAtEndChange, openAt } = content;
  const isPlaced = useRef(false);
  const last = useRef({
    isAtEnd: true,
    fromEnd: 0,
    firstId: null as string | null,
    pendingCount: 0,
  });

  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const before = last.current;
    // First showing: at the unread line if the messages from there on fill more than the list
    // (not marked read until the reader scrolls to the end), else at the end.
    const start = isPlaced.current ? null : openAt?.current;
    isPlaced.current = true;
    if (start && element.scrollHeight - start.offsetTop > element.clientHeight) {
      element.scrollTop = start.offsetTop - startMarginPx;
      const placed = measure(element);
      last.current = { ...placed, firstId, pendingCount };
      onAtEndChange(placed.isAtEnd);
      return;
    }
    const olderAdded = before.firstId !== null && before.firstId !== firstId;
    if (olderAdded && !before.isAtEnd) {
      element.scrollTop = element.scrollHeight - before.fromEnd;
    } else if (before.isAtEnd || pendingCount > before.pendingCount) {
      element.scrollTop = element.scrollHeight;
    }
    last.current = { ...measure(element), firstId, pendingCount };
  }, [ref, firstId, count, pendingCount, openAt, onAtEndChange]);

  // The scroller shrinks when the box above or below it grows (a fold opened, a message of several
  // lines typed, the window resized): a reader at the end stays there.
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const observer = new ResizeObserver(() => {
      if (last.current.isAtEnd) element.scrollTop = element.scrollHeight;
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);

  return useCallback(() => {
    const element = ref.current;
    if (!element) return;
    const now = measure(element);
    if (now.isAtEnd !== last.current.isAtEnd) onAtEndChange(now.isAtEnd);
    last.current = { ...last.current, ...now };
  }, [ref, onAtEndChange]);
}
