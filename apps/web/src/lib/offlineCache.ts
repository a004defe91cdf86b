// What the service worker (vite-plugin-pwa, see vite.config.ts) keeps so that a plan opens without
// a network: the app's files, and the last answers of the few reads a plan page needs. Those answers
// belong to whoever is signed in, so they are dropped when the session ends or changes hands.

/** The Cache Storage name of the kept API answers. */
export const offlineApiCache = 'jumelage-api';

/**
 * The reads kept for offline use: who is signed in, the partnerships, one partnership, its first
 * page of plans, one plan. Self-contained: the service worker build copies its source.
 */
export function isKeptOffline({ url, sameOrigin }: { url: URL; sameOrigin: boolean }): boolean {
  return (
    sameOrigin &&
    url.search === '' &&
    /^\/api\/(auth\/me|partnerships|partnerships\/[^/]+|partnerships\/[^/]+\/plans|plans\/[^/]+)$/.test(
      url.pathname,
    )
  );
}

/** Forgets the kept answers (sign-out, someone else signing in, a session the server ended). */
export async function clearOfflineCache(): Promise<void> {
  if (typeof caches === 'undefined') return;
  await caches.delete(offlineApiCache).catch(() => undefined);
}

/** Forgets the kept answers of some reads (a plan or partnership the person may no longer read). */
export async function forgetKeptAnswers(paths: readonly string[]): Promise<void> {
  if (typeof caches === 'undefined' || !(await caches.has(offlineApiCache))) return;
  const cache = await caches.open(offlineApiCache);
  await Promise.all(paths.map((path) => cache.delete(path))).catch(() => undefined);
}
