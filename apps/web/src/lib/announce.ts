import { useSyncExternalStore } from 'react';

// A result whose place on the page is gone with it (a declined consultation leaves the page) is
// shown, and said, in the layout's page notice (`components/PageNotice.tsx`).

let notice = '';
const listeners = new Set<() => void>();

function setNotice(text: string): void {
  notice = text;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Shows and says `text` in the page notice. Emptied first, so the same words are said again. */
export function announce(text: string): void {
  setNotice('');
  requestAnimationFrame(() => setNotice(text));
}

/** Takes the page notice away (its close button, or another page). */
export function dismissNotice(): void {
  if (notice !== '') setNotice('');
}

/** The page notice's text; empty when there is none. */
export function usePageNotice(): string {
  return useSyncExternalStore(subscribe, () => notice);
}

/**
 * Puts the focus where the page now starts, after the control that had it went away with what it
 * acted on: the page's heading, else the main region.
 */
export function focusPageStart(): void {
  requestAnimationFrame(() => {
    const target = ['#main h1[tabindex="-1"]', '#main']
      .map((selector) => document.querySelector<HTMLElement>(selector))
      .find((element) => element !== null);
    target?.focus({ preventScroll: true });
  });
}
