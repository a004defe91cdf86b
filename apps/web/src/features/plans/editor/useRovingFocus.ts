import { useRef, useState, type KeyboardEvent } from 'react';

/**
 * The WAI-ARIA toolbar's keyboard model: the toolbar is one tab stop (the last used item), arrow
 * keys move between its items (mirrored in right-to-left layouts), Home and End jump to the ends.
 * Items are the elements marked `data-toolbar-item`.
 */
export function useRovingFocus<T extends HTMLElement>(count: number) {
  const ref = useRef<T>(null);
  const [active, setActive] = useState(0);
  const current = Math.min(active, Math.max(count - 1, 0));

  const onKeyDown = (event: KeyboardEvent<T>) => {
    const toolbar = ref.current;
    if (!toolbar) return;
    const items = Array.from(toolbar.querySelectorAll<HTMLElement>('[data-toolbar-item]'));
    const index = items.findIndex((item) => item === document.activeElement);
    if (index < 0 || items.length === 0) return;
    const forward = getComputedStyle(toolbar).direction === 'rtl' ? 'ArrowLeft' : 'ArrowRight';
    const backward = forward === 'ArrowRight' ? 'ArrowLeft' : 'ArrowRight';
    const targets: Record<string, number> = {
      [forward]: (index + 1) % items.length,
      [backward]: (index - 1 + items.length) % items.length,
      Home: 0,
      End: items.length - 1,
    };
    const target = targets[event.key];
    if (target === undefined) return;
    event.preventDefault();
    // focus() scrolls only a hidden tool into view; one cut off at the edge of the toolbar (which
    // scrolls sideways on a phone) is brought in whole.
    items[target]?.focus();
    items[target]?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    setActive(target);
  };

  return {
    ref,
    onKeyDown,
    tabIndexOf: (index: number) => (index === current ? 0 : -1),
    onItemFocus: (index: number) => setActive(index),
  };
}
