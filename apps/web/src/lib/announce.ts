import { useSyncExternalStore } from 'react';

// A result whose place on the page is gone with it (a declined consultation leaves the page, a
// partnership one left is closed) is shown, and said, in the layout's page notice
// (`components/PageNotice.tsx`) on the page where it was announced.

let notice = '';
/** The page (path) the notice belongs to; it goes when another page opens. */
let noticePath = '';
const listeners = new Set<() => void>();

function setNotice(text: string): void {
  notice = text;
  noticePath = window.location.pathname;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * Shows and says `text` in the page notice. Emptied first, so the same words are said again. It
 * belongs to the page open a frame later: an action that leaves its page navigates first.
 */
export function announce(text: string): void {
  setNotice('');
  requestAnimationFrame(() => setNotice(text));
}

/** Takes the page notice away (its close button). */
export function dismissNotice(): void {
  if (notice !== '') setNotice('');
}

/** Takes the page notice away if it belongs to another page than `pathname`. */
export function dismissNoticeOf(pathname: string): void {
  if (notice !== '' && noticePath !== pathname) setNotice('');
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
