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
  /** `data` is the answer for the previous URL, kept while the new one loads (`keepPrevious`). */
  isStale: boolean;
  reload: () => void;
  /**
   * Changes the loaded value locally, e.g. with the server's answer to a write or a live event. A
   * read on its way gets the same change when it answers.
   */
  update: (change: Change<T>) => void;
}

type Change<T> = (current: T) => T;

/**
 * GETs `url` (null: nothing to load) and keeps the last answer while a reload is on its way, so
 * the page does not flash back to a spinner on a slow link. A read that failed because the network
 * or the server was away is tried again by itself once the connection is back (and every 15 s
 * meanwhile): on a dead link the page said "try again" and stayed so after the link returned.
 * With `keepPrevious`, a new URL (another order or filter of the same list) keeps showing the
 * previous answer until its own comes, so the control that asked keeps the focus.
 */
export function useResource<T>(
  url: string | null,
  { keepPrevious = false }: { keepPrevious?: boolean } = {},
): Resource<T> {
  const [version, setVersion] = useState(0);
  const [loaded, setLoaded] = useState<Loaded<T> | null>(null);
  // The changes made while a read is on its way (null: none is). Its answer may have been read
  // before them, so they are made on it again: taken as it came, an answer read before a
  // revocation brought the revoked link back.
  const changesDuringRead = useRef<Change<T>[] | null>(null);

  useEffect(() => {
    if (url === null) return;
    const controller = new AbortController();
    const changes: Change<T>[] = [];
    changesDuringRead.current = changes;
    const done = () => {
      if (changesDuringRead.current === changes) changesDuringRead.current = null;
    };
    api.get<T>(url, controller.signal).then(
      (answer) => {
        done();
        const data = changes.reduce((value, change) => change(value), answer);
        setLoaded({ url, version, data, error: null });
      },
      (error: unknown) => {
        done();
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
    return () => {
      done();
      controller.abort();
    };
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
  const update = useCallback((change: Change<T>) => {
    changesDuringRead.current?.push(change);
    setLoaded((previous) =>
      previous?.data === undefined ? previous : { ...previous, data: change(previous.data) },
    );
  }, []);

  const isCurrent = loaded !== null && loaded.url === url;
  const isStale = !isCurrent && keepPrevious && loaded?.data !== undefined;
  return {
    data: isCurrent || isStale ? loaded?.data : undefined,
    error: isCurrent ? loaded.error : null,
    isLoading: url !== null && (!isCurrent || loaded.version !== version),
    isStale,
    reload,
    update,
  };
}
