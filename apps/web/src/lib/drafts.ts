// Text being written and not yet sent (a chat message), kept per browser tab in sessionStorage:
// switching channels or tabs, or reloading, used to lose it without a word. It belongs to whoever
// is signed in, so it is dropped when the session ends.

const prefix = 'jumelage-draft:';

/** The kept draft for `key` (e.g. a channel id), or ''. */
export function readDraft(key: string): string {
  try {
    return sessionStorage.getItem(prefix + key) ?? '';
  } catch {
    return '';
  }
}

/** Keeps `text` as the draft for `key`; empty text forgets it. */
export function keepDraft(key: string, text: string): void {
  try {
    if (text) sessionStorage.setItem(prefix + key, text);
    else sessionStorage.removeItem(prefix + key);
  } catch {
    // Storage full or refused (private mode): the draft lives only as long as the page.
  }
}

/** The drafts kept under keys starting with `start` (a partnership's channels; '' for all). */
export function draftsUnder(start: string): string[] {
  try {
    return Array.from({ length: sessionStorage.length }, (_, index) => sessionStorage.key(index))
      .filter((key): key is string => key?.startsWith(prefix + start) ?? false)
      .map((key) => sessionStorage.getItem(key) ?? '')
      .filter((text) => text.trim() !== '');
  } catch {
    return [];
  }
}

/** Forgets every draft (sign-out, or a session the server ended). */
export function clearDrafts(): void {
  try {
    const keys = Array.from({ length: sessionStorage.length }, (_, index) =>
      sessionStorage.key(index),
    );
    for (const key of keys) if (key?.startsWith(prefix)) sessionStorage.removeItem(key);
  } catch {
    // Nothing kept.
  }
}
