import {
  useCallback,
  useEffect,
  useRef,
  useState,
  type KeyboardEvent,
  type RefObject,
} from 'react';

// How the small menus that unfold in place (a card's move menu, a message's "⋯") fold again. Both
// fold on the click elsewhere and after Tab, never on pressing down or on the focus moving (which
// happens on pressing down): folding shortened a scrolled list under the pointer, so the click
// landed on something else.

/** After a Tab, folds a small menu once the focus has left it. */
export function foldWhenLeft<T extends HTMLElement>(root: T, fold: (root: T) => void): void {
  requestAnimationFrame(() => {
    if (!root.contains(document.activeElement)) fold(root);
  });
}

/** While `isOpen`, a click anywhere outside `root` folds the menu (several stayed open at once). */
export function useFoldOnClickElsewhere<T extends HTMLElement>(
  root: RefObject<T | null>,
  isOpen: boolean,
  fold: (root: T) => void,
): void {
  useEffect(() => {
    if (!isOpen) return;
    const onClick = (event: MouseEvent) => {
      const element = root.current;
      if (element && event.target instanceof Node && !element.contains(event.target)) fold(element);
    };
    document.addEventListener('click', onClick);
    return () => document.removeEventListener('click', onClick);
  }, [root, isOpen, fold]);
}

/**
 * A small menu under a disclosure button (move a card, the header's languages): whether it is
 * open, and folding on Escape (the focus returns to the button: it used to fall to the page), on
 * Tab out of it and on a click elsewhere. `onKeyDown` goes on the menu's root.
 */
export function useUnfoldingMenu() {
  const [isOpen, setIsOpen] = useState(false);
  const rootRef = useRef<HTMLDivElement>(null);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const close = useCallback(() => setIsOpen(false), []);
  useFoldOnClickElsewhere(rootRef, isOpen, close);
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Tab') foldWhenLeft(event.currentTarget, close);
    if (event.key === 'Escape' && isOpen) {
      event.stopPropagation();
      setIsOpen(false);
      toggleRef.current?.focus();
    }
  };
  return { isOpen, setIsOpen, rootRef, toggleRef, onKeyDown };
}
