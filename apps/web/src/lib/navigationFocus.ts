import { useEffect, useRef } from 'react';

// After an in-app navigation, focus moves to the new page's heading so screen-reader and
// keyboard users start reading there. On the first page load (including redirects such as
// / -> /login) focus stays at the document start, where the skip link is.
let hasInteracted = false;
let hasNavigated = false;
/** What had the focus when the page last changed: a heading shown later takes it only from there. */
let focusedAtNavigation: Element | null = null;

const markInteracted = () => {
  hasInteracted = true;
};
const markNavigated = () => {
  hasNavigated = true;
  focusedAtNavigation = document.activeElement;
};
// Redirects replace the history entry; they count once the user has done something (e.g. logged in).
const markRedirected = () => {
  if (hasInteracted) markNavigated();
};

/**
 * Whether the focus is still where the navigation left it (or fell to the page): a heading that
 * appears once its data came (up to a second on a slow link) must not pull the focus out of a
 * menu the user opened meanwhile (twelfth QA pass).
 */
const isFocusUntouched = () => {
  const active = document.activeElement;
  return !active || active === document.body || active === focusedAtNavigation;
};

const listeners: [string, () => void][] = [
  ['pointerdown', markInteracted],
  ['keydown', markInteracted],
  ['pushState', markNavigated],
  ['popstate', markNavigated],
  ['replaceState', markRedirected],
];

/** Starts listening to history changes (wouter announces push/replaceState as events). */
export function trackNavigation(): () => void {
  for (const [type, listener] of listeners) window.addEventListener(type, listener, true);
  return () => {
    for (const [type, listener] of listeners) window.removeEventListener(type, listener, true);
  };
}

/** A ref for a heading (with tabIndex -1) that takes focus when it appears after a navigation. */
export function useFocusOnNavigation<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  useEffect(() => {
    if (hasNavigated && isFocusUntouched()) ref.current?.focus();
  }, []);
  return ref;
}
