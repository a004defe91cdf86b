import { fromBase64, toBase64 } from 'lib0/buffer';
import * as Y from 'yjs';

// y-indexeddb writes every change in its own IndexedDB transaction, and a page that unloads drops
// the transactions still in flight: offline, a reload right after typing lost the last characters
// (e2e, offline.e2e.ts). So the changes of the last few seconds are also written, synchronously, to
// localStorage when the page goes away, and applied again the next time the plan opens. Applying
// what the document already has changes nothing, so the overlap with IndexedDB is harmless.

/** Long enough for IndexedDB to have committed anything older. */
const keepMs = 5000;

/** Applies what a previous page left in the journal under `key`, if anything. */
export function applyUnloadJournal(doc: Y.Doc, key: string, origin: unknown): void {
  const left = localStorage.getItem(key);
  if (left === null) return;
  try {
    Y.applyUpdate(doc, fromBase64(left), origin);
  } catch {
    // Unreadable (another version wrote it): nothing to recover.
  }
}

export interface UnloadJournal {
  /** Writes what is recent and stops (the plan is closed). */
  stop(): void;
  /** Forgets everything and stops, when this device's copy is being deleted. */
  discard(): void;
}

/**
 * Applies what the previous page left in the journal, then keeps the recent changes made on this
 * device and writes them when the page goes away (`pagehide`) or the plan is closed. Changes from
 * `remoteOrigins` (the server, the IndexedDB copy) are stored elsewhere already.
 */
export function keepUnloadJournal(
  doc: Y.Doc,
  key: string,
  remoteOrigins: readonly unknown[],
): UnloadJournal {
  let recent: { at: number; update: Uint8Array }[] = [];
  const onUpdate = (update: Uint8Array, origin: unknown) => {
    if (remoteOrigins.includes(origin)) return;
    const now = Date.now();
    recent = recent.filter((entry) => now - entry.at < keepMs);
    recent.push({ at: now, update });
  };
  const write = () => {
    const now = Date.now();
    const updates = recent.filter((entry) => now - entry.at < keepMs).map((entry) => entry.update);
    try {
      if (updates.length > 0) localStorage.setItem(key, toBase64(Y.mergeUpdates(updates)));
      else localStorage.removeItem(key);
    } catch {
      // Storage full: IndexedDB still holds all but the last moment.
    }
  };
  doc.on('update', onUpdate);
  // Counted as recent itself, in case the page goes away again before IndexedDB has it.
  applyUnloadJournal(doc, key, keepUnloadJournal);
  window.addEventListener('pagehide', write);

  const detach = () => {
    doc.off('update', onUpdate);
    window.removeEventListener('pagehide', write);
  };
  return {
    stop() {
      write();
      detach();
    },
    discard() {
      recent = [];
      detach();
      localStorage.removeItem(key);
    },
  };
}
