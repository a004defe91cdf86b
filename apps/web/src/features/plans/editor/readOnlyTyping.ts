import { useCallback, useEffect, useState, type KeyboardEvent } from 'react';

const noteMs = 5000;
const editingKeys = new Set(['Enter', 'Backspace', 'Delete']);

type KeyPress = Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'getModifierState'>;

/**
 * Whether a key press would write or delete text in an editable document. Shortcuts do not count;
 * AltGr (which also sets Ctrl and Alt on Windows) types "@" or "€", so it does.
 */
export function isTypingKey(event: KeyPress): boolean {
  if (!(event.key.length === 1 || editingKeys.has(event.key))) return false;
  return event.getModifierState('AltGraph') || !(event.ctrlKey || event.metaKey || event.altKey);
}

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
      // Keys meant for a link or a checkbox in the text (Enter opens a link) are theirs.
      const isOnControl =
        event.target instanceof Element && event.target.closest('a, input, button');
      if (isEditable || isOnControl || !isTypingKey(event)) return;
      event.preventDefault();
      setShownAt(Date.now());
    },
    [isEditable],
  );
  return { isShown: shownAt !== null && !isEditable, onKeyDown };
}
