import { useCallback, useEffect, useRef, useState } from 'react';
import { api, asApiError, isAbortError, type ApiError } from './api.ts';
import { currentConnectionState, onConnectionChange } from './connection.ts';

/** While a read failed for want of a connection, it is tried again this often (and when it is back). */
const unavailableRetryMs = 15_000;

interface Loaded<T> {
  url: string;
  version: number;
  data: T | undefined;
  error: ApiError | null;
}

export interface Resource<T> {
  data: T | undefined;
  error: ApiError | null;
  isLoading: boolean;
  reload: () => void;
  /** Replaces the loaded value locally, e.g. with the server's answer to a write. */
  update: (change: (current: T) => T) => void;
}

/**
 * GETs `url` (null: nothing to load) and keeps the last answer while a reload is on its way, so
 * the page does not flash back to a spinner on a slow link. A read that failed because the network
 * or the server was away is tried again by itself once the connection is back (and every 15 s
 * meanwhile): on a dead link the page said "try again" and stayed so after the link returned.
 */
export function useResource<T>(url: string | null): Resource<T> {
  const [version, setVersion] = useState(0);
  const [loaded, setLoaded] = useState<Loaded<T> | null>(null);
  // Counts the local updates: a read answered after one may have been read before the write behind
  // it, and would bring back e.g. a revoked link. Its answer is dropped and the value read again.
  const updates = useRef(0);

  useEffect(() => {
    if (url === null) return;
    const controller = new AbortController();
    const updatesBefore = updates.current;
    api.get<T>(url, controller.signal).then(
      (data) => {
        if (updates.current === updatesBefore) setLoaded({ url, version, data, error: null });
        else setVersion((v) => v + 1);
      },
      (error: unknown) => {
        if (isAbortError(error)) return;
        const apiError = asApiError(error);
        setLoaded((previous) => ({
          url,
          version,
          data: previous?.url === url ? previous.data : undefined,
          error: apiError,
        }));
      },
    );
    return () => controller.abort();
  }, [url, version]);

  const reload = useCallback(() => setVersion((v) => v + 1), []);
  const isUnavailable = loaded?.url === url && loaded.error?.code === 'unavailable';
  useEffect(() => {
    if (!isUnavailable) return;
    const retryIfOnline = () => {
      if (currentConnectionState() === 'online') reload();
    };
    const timer = setInterval(retryIfOnline, unavailableRetryMs);
    const unsubscribe = onConnectionChange(retryIfOnline);
    return () => {
      clearInterval(timer);
      unsubscribe();
    };
  }, [isUnavailable, reload]);
  const update = useCallback((change: (current: T) => T) => {
    updates.current += 1;
    setLoaded((previous) =>
      previous?.data === undefined ? previous : { ...previous, data: change(previous.data) },
    );
  }, []);

  const isCurrent = loaded !== null && loaded.url === url;
  return {
    data: isCurrent ? loaded.data : undefined,
    error: isCurrent ? loaded.error : null,
    isLoading: url !== null && (!isCurrent || loaded.version !== version),
    reload,
    update,
  };
}
