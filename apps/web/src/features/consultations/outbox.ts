// The outbox: messages the user sent that the server has not acknowledged yet. Each message gets
// its clientId once, is stored on this device before it is sent, and is sent again with the same
// clientId until the server acknowledges it (the server stores a clientId once, so retries are
// harmless). Messages go out one at a time, oldest first, so they keep their order. Outcomes:
// stored -> removed and handed to listeners; offline -> wait for the next connect; rate limited or
// a passing server problem -> try again after a delay; refused (validation, no access) -> failed,
// kept until the user retries or discards it.
import type { ErrorCode } from '@jumelage/contracts/constants';
import type { ChatMessage } from '@jumelage/contracts/consultations';

export interface OutboxEntry {
  clientId: string;
  userId: string;
  partnershipId: string;
  channelId: string;
  body: string;
  createdAt: string;
  status: 'pending' | 'failed';
  errorCode: ErrorCode | null;
}

export type SendOutcome =
  | { kind: 'stored'; message: ChatMessage }
  | { kind: 'refused'; code: ErrorCode }
  | { kind: 'retryLater'; afterMs?: number }
  | { kind: 'offline' };

export interface OutboxTransport {
  send(entry: OutboxEntry): Promise<SendOutcome>;
}

export interface OutboxStore {
  load(userId: string): Promise<OutboxEntry[]>;
  put(entry: OutboxEntry): Promise<void>;
  remove(clientId: string): Promise<void>;
}

export interface NewMessage {
  partnershipId: string;
  channelId: string;
  body: string;
}

const backoffMs = [1000, 3000, 10_000, 30_000];

export function createOutbox(store: OutboxStore, transport: OutboxTransport) {
  let userId: string | null = null;
  let entries: OutboxEntry[] = [];
  let isSending = false;
  let shouldFlushAgain = false;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  const attempts = new Map<string, number>();
  const changeListeners = new Set<() => void>();
  const storedListeners = new Set<(message: ChatMessage) => void>();

  const setEntries = (next: OutboxEntry[]) => {
    entries = next;
    for (const listener of changeListeners) listener();
  };
  const replace = (entry: OutboxEntry) =>
    setEntries(entries.map((e) => (e.clientId === entry.clientId ? entry : e)));
  const persist = (entry: OutboxEntry) => store.put(entry).catch(() => undefined);
  const forget = (clientId: string) => {
    attempts.delete(clientId);
    setEntries(entries.filter((e) => e.clientId !== clientId));
    void store.remove(clientId).catch(() => undefined);
  };

  function scheduleRetry(afterMs: number): void {
    clearTimeout(retryTimer);
    retryTimer = setTimeout(() => void flush(), afterMs);
  }

  async function sendNext(entry: OutboxEntry): Promise<'continue' | 'stop'> {
    const outcome = await transport.send(entry);
    if (outcome.kind === 'stored') {
      forget(entry.clientId);
      for (const listener of storedListeners) listener(outcome.message);
      return 'continue';
    }
    if (!entries.some((e) => e.clientId === entry.clientId)) return 'continue'; // discarded meanwhile
    if (outcome.kind === 'refused') {
      const failed = { ...entry, status: 'failed' as const, errorCode: outcome.code };
      replace(failed);
      await persist(failed);
      return 'continue';
    }
    if (outcome.kind === 'retryLater') {
      const attempt = attempts.get(entry.clientId) ?? 0;
      attempts.set(entry.clientId, attempt + 1);
      scheduleRetry(
        outcome.afterMs ?? backoffMs[Math.min(attempt, backoffMs.length - 1)] ?? 30_000,
      );
    }
    return 'stop'; // offline: the next connect calls flush()
  }

  /** Sends what is pending, one message at a time; safe to call any time and from anywhere. */
  async function flush(): Promise<void> {
    if (isSending) {
      // E.g. a reconnect while a send is on its way: look again once that send has its answer.
      shouldFlushAgain = true;
      return;
    }
    isSending = true;
    shouldFlushAgain = false;
    clearTimeout(retryTimer);
    try {
      for (;;) {
        const next = entries.find((e) => e.status === 'pending' && e.userId === userId);
        if (!next || (await sendNext(next)) === 'stop') return;
      }
    } finally {
      isSending = false;
      if (shouldFlushAgain) void flush();
    }
  }

  return {
    /** Loads this user's unsent messages (after a reload) and sends them; other users' stay stored. */
    async open(nextUserId: string): Promise<void> {
      if (userId !== nextUserId) {
        userId = nextUserId;
        attempts.clear();
        setEntries([]);
        const stored = await store.load(nextUserId).catch(() => []);
        if (userId !== nextUserId) return;
        const known = new Set(entries.map((e) => e.clientId));
        const restored = stored.filter((e) => !known.has(e.clientId));
        setEntries(
          [...restored, ...entries].sort((a, b) => a.createdAt.localeCompare(b.createdAt)),
        );
      }
      await flush();
    },
    /** Keeps the message on this device first, then sends it. */
    async add(message: NewMessage): Promise<OutboxEntry | null> {
      if (!userId) return null;
      const entry: OutboxEntry = {
        ...message,
        clientId: crypto.randomUUID(),
        userId,
        createdAt: new Date().toISOString(),
        status: 'pending',
        errorCode: null,
      };
      setEntries([...entries, entry]);
      await persist(entry);
      void flush();
      return entry;
    },
    async retry(clientId: string): Promise<void> {
      const entry = entries.find((e) => e.clientId === clientId);
      if (!entry) return;
      const pending = { ...entry, status: 'pending' as const, errorCode: null };
      attempts.delete(clientId);
      replace(pending);
      await persist(pending);
      await flush();
    },
    discard: forget,
    flush,
    entries: () => entries,
    subscribe(listener: () => void): () => void {
      changeListeners.add(listener);
      return () => void changeListeners.delete(listener);
    },
    /** Called with each message the server acknowledged, to replace its pending bubble. */
    onStored(listener: (message: ChatMessage) => void): () => void {
      storedListeners.add(listener);
      return () => void storedListeners.delete(listener);
    },
  };
}

export type Outbox = ReturnType<typeof createOutbox>;
