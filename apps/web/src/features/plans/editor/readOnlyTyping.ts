import { useCallback, useEffect, useState, type KeyboardEvent } from 'react';

const noteMs = 5000;
const editingKeys = new Set(['Enter', 'Backspace', 'Delete']);

/** Whether a key press would write or delete text in an editable document (shortcuts do not). */
export const isTypingKey = (event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey'>) =>
  !event.ctrlKey &&
  !event.metaKey &&
  !event.altKey &&
  (event.key.length === 1 || editingKeys.has(event.key));

/**
 * Someone who may only read a plan and types into it is told so where they look, for a few
 * seconds: before, the keys did nothing (and Space scrolled the page away) without a word, and the
 * only hint sat at the top of the page. Typing keys are held back; shortcuts (copy) still work.
 */
export function useReadOnlyTypingNote(isEditable: boolean) {
  const [shownAt, setShownAt] = useState<number | null>(null);
  useEffect(() => {
    if (shownAt === null) return;
    const timer = setTimeout(() => setShownAt(null), noteMs);
    return () => clearTimeout(timer);
  }, [shownAt]);
  const onKeyDown = useCallback(
    (event: KeyboardEvent) => {
      if (isEditable || !isTypingKey(event)) return;
      event.preventDefault();
      setShownAt(Date.now());
    },
    [isEditable],
  );
  return { isShown: shownAt !== null && !isEditable, onKeyDown };
}
