import { createElement, lazy, type ComponentType, type LazyExoticComponent } from 'react';

export interface LazyPage<P extends object = object> {
  Page: ComponentType<P>;
  /** Starts the download early, e.g. for the page the app was opened on. */
  preload: () => Promise<ComponentType<P>>;
}

const retryDelaysMs = [1000, 3000];

// Pages whose download failed for good; React.lazy remembers a failure, so each needs a fresh
// lazy component before it can be tried again.
const failedPages = new Set<() => void>();

/** A page's code that could not be downloaded: the connection, not a fault in the page itself. */
export class PageDownloadError extends Error {}

/** Lets failed pages download again on their next render (called by the "try again" button). */
export function retryFailedPages(): void {
  for (const reset of failedPages) reset();
  failedPages.clear();
}

function wait(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

async function withRetries<T>(load: () => Promise<T>): Promise<T> {
  for (const delay of retryDelaysMs) {
    try {
      return await load();
    } catch {
      await wait(delay);
    }
  }
  return load();
}

/**
 * A code-split component (a page or a tab) whose chunk can be fetched before React asks for it.
 * Downloads are retried on a flaky link; after a final failure an error boundary shows the error
 * and can offer "try again" through retryFailedPages().
 */
export function lazyPage<P extends object = object>(
  load: () => Promise<ComponentType<P>>,
): LazyPage<P> {
  let pending: Promise<ComponentType<P>> | null = null;
  const preload = () => {
    pending ??= withRetries(load).catch((error: unknown) => {
      pending = null;
      failedPages.add(() => {
        current = createLazy();
      });
      throw new PageDownloadError('A page could not be downloaded', { cause: error });
    });
    return pending;
  };
  const createLazy = (): LazyExoticComponent<ComponentType<P>> =>
    lazy(async () => ({ default: await preload() }));
  let current = createLazy();
  const Page = (props: P) => createElement(current, props);
  return { Page, preload };
}
