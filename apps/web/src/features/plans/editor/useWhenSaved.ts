import { useCallback, useEffect, useRef } from 'react';
import type { SyncStatus } from './syncStatus.ts';

/**
 * A wait for this device's changes to be saved: resolved at once when they are, else as soon as
 * the status says so (after a reconnect too). A named version is taken from the server's copy, so
 * one saved while the last words were on their way left them out and still said "saved" (QA pass).
 */
export function useWhenSaved(status: SyncStatus): () => Promise<void> {
  const current = useRef(status);
  const waiting = useRef<Array<() => void>>([]);
  useEffect(() => {
    current.current = status;
    if (status !== 'saved') return;
    const ready = waiting.current;
    waiting.current = [];
    for (const resolve of ready) resolve();
  }, [status]);
  return useCallback(
    () =>
      current.current === 'saved'
        ? Promise.resolve()
        : new Promise<void>((resolve) => waiting.current.push(resolve)),
    [],
  );
}
