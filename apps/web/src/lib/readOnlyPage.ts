import { useEffect, useSyncExternalStore } from 'react';

// Whether the page open lets the viewer change nothing (an observer's space or plan), so the
// offline banner, which sits above every page, does not promise to keep their changes. A count,
// not a flag: while one page replaces another, both may be mounted for a moment.

let readOnlyPages = 0;
const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function setCount(change: number): void {
  readOnlyPages += change;
  for (const listener of listeners) listener();
}

/** Marks the page as read-only for the viewer while it is mounted and `isReadOnly` holds. */
export function useReadOnlyPage(isReadOnly: boolean): void {
  useEffect(() => {
    if (!isReadOnly) return;
    setCount(1);
    return () => setCount(-1);
  }, [isReadOnly]);
}

export function useIsReadOnlyPage(): boolean {
  return useSyncExternalStore(subscribe, () => readOnlyPages > 0);
}
