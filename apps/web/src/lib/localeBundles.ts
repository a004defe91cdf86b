// Locale bundles are emitted as hashed JSON files and fetched on demand: only the active
// language travels over the (possibly slow) link, and a dropped request is retried.

const bundleUrls = import.meta.glob<string>('../locales/*/*.json', {
  query: '?url',
  import: 'default',
  eager: true,
});

const attempts = 4;

function wait(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** One namespace (a feature's texts) of one language: `locales/<language>/<namespace>.json`. */
export async function loadLocaleBundle(language: string, namespace: string): Promise<unknown> {
  const url = bundleUrls[`../locales/${language}/${namespace}.json`];
  if (url === undefined) throw new Error(`No locale bundle ${language}/${namespace}`);
  let lastError: unknown = null;
  for (let attempt = 1; attempt <= attempts; attempt += 1) {
    try {
      const response = await fetch(url, { credentials: 'same-origin' });
      if (response.ok) return await response.json();
      lastError = new Error(`Locale bundle ${language}/${namespace}: HTTP ${response.status}`);
    } catch (error) {
      lastError = error;
    }
    if (attempt < attempts) await wait(400 * 2 ** attempt);
  }
  throw lastError;
}
