import type { OutboxEntry, OutboxStore } from './outbox.ts';

// Unsent messages live in IndexedDB: unlike localStorage it is not shared synchronously between
// tabs (no lost updates when two tabs write), writes are transactional (a message is on disk before
// it is sent), and it is not limited to ~5 MB of strings. Where it is unavailable (some private
// modes) the outbox still works, for this visit only.

const databaseName = 'jumelage-chat';
const storeName = 'outbox';

function requestResult<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
  });
}

function committed(transaction: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    transaction.oncomplete = () => resolve();
    transaction.onerror = () => reject(transaction.error ?? new Error('IndexedDB write failed'));
    transaction.onabort = () => reject(transaction.error ?? new Error('IndexedDB write aborted'));
  });
}

function openDatabase(): Promise<IDBDatabase> {
  const request = indexedDB.open(databaseName, 1);
  request.onupgradeneeded = () => {
    request.result
      .createObjectStore(storeName, { keyPath: 'clientId' })
      .createIndex('userId', 'userId');
  };
  return requestResult(request);
}

function isOutboxEntry(value: unknown): value is OutboxEntry {
  if (typeof value !== 'object' || value === null) return false;
  const fields = ['clientId', 'userId', 'partnershipId', 'channelId', 'body', 'createdAt'] as const;
  return (
    fields.every((field) => typeof Reflect.get(value, field) === 'string') &&
    'status' in value &&
    (value.status === 'pending' || value.status === 'failed')
  );
}

/** Keeps entries in memory only: where IndexedDB is unavailable, and in tests. */
export function createMemoryStore(): OutboxStore {
  const rows = new Map<string, OutboxEntry>();
  return {
    load: async (userId) => [...rows.values()].filter((row) => row.userId === userId),
    put: async (entry) => void rows.set(entry.clientId, entry),
    remove: async (clientId) => void rows.delete(clientId),
  };
}

// A message shows the moment it is sent, but IndexedDB commits it a little later: a reload in
// between lost it (seen once in CI, under load). So each put is first written to localStorage,
// synchronously, and dropped from there once IndexedDB has it (or the message is gone); load()
// takes such leftovers back. Another tab may take them too: the server stores a clientId once.
const aheadPrefix = 'jumelage-outbox-ahead:';

function writeAhead(entry: OutboxEntry): void {
  try {
    localStorage.setItem(aheadPrefix + entry.clientId, JSON.stringify(entry));
  } catch {
    // Storage full or refused: IndexedDB alone, as before.
  }
}

function dropAhead(clientId: string): void {
  try {
    localStorage.removeItem(aheadPrefix + clientId);
  } catch {
    // Nothing kept there.
  }
}

function readAhead(userId: string): OutboxEntry[] {
  try {
    const keys = Array.from({ length: localStorage.length }, (_, index) => localStorage.key(index));
    return keys
      .filter((key): key is string => key?.startsWith(aheadPrefix) ?? false)
      .map((key): unknown => JSON.parse(localStorage.getItem(key) ?? 'null'))
      .filter(isOutboxEntry)
      .filter((entry) => entry.userId === userId);
  } catch {
    return [];
  }
}

export function createOutboxStore(): OutboxStore {
  const memory = createMemoryStore();
  let database: Promise<IDBDatabase | null> | undefined;
  const open = () =>
    (database ??=
      typeof indexedDB === 'undefined' ? Promise.resolve(null) : openDatabase().catch(() => null));

  const write = async (change: (store: IDBObjectStore) => void, fallback: () => Promise<void>) => {
    const db = await open();
    if (!db) return fallback();
    const transaction = db.transaction(storeName, 'readwrite');
    change(transaction.objectStore(storeName));
    await committed(transaction);
  };

  return {
    async load(userId) {
      const db = await open();
      let stored: OutboxEntry[];
      if (db) {
        const index = db.transaction(storeName).objectStore(storeName).index('userId');
        const rows: unknown[] = await requestResult(index.getAll(userId));
        stored = rows.filter(isOutboxEntry);
      } else {
        stored = await memory.load(userId);
      }
      const known = new Set(stored.map((entry) => entry.clientId));
      return [...stored, ...readAhead(userId).filter((entry) => !known.has(entry.clientId))];
    },
    put: async (entry) => {
      writeAhead(entry);
      await write(
        (store) => store.put(entry),
        () => memory.put(entry),
      );
      dropAhead(entry.clientId);
    },
    remove: async (clientId) => {
      dropAhead(clientId);
      await write(
        (store) => store.delete(clientId),
        () => memory.remove(clientId),
      );
    },
  };
}
