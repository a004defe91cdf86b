import type { ChatMessage } from '@jumelage/contracts/consultations';

// The messages of one conversation, oldest first, each exactly once. Messages arrive from history
// pages, live events, catch-up fetches after a reconnect and the outbox's acknowledgements, in any
// order and possibly more than once; merging by id (and by clientId) makes every path idempotent.

/** ObjectIds sort by creation time; the server orders history by the same key. */
export function compareIds(a: string, b: string): number {
  if (a.length !== b.length) return a.length - b.length;
  return a < b ? -1 : a > b ? 1 : 0;
}

function changedAt(message: ChatMessage): string {
  return message.deletedAt ?? message.editedAt ?? message.createdAt;
}

/** Of two versions of one message, the later state: deleted beats edited beats created. */
function laterVersion(current: ChatMessage, incoming: ChatMessage): ChatMessage {
  if (current.deletedAt && !incoming.deletedAt) return current;
  if (incoming.deletedAt && !current.deletedAt) return incoming;
  return changedAt(incoming) >= changedAt(current) ? incoming : current;
}

/** Adds or updates messages; the result is sorted oldest first with no id or clientId twice. */
export function mergeMessages(current: ChatMessage[], incoming: ChatMessage[]): ChatMessage[] {
  if (incoming.length === 0) return current;
  const byId = new Map(current.map((message) => [message.id, message]));
  const idByClientId = new Map(current.map((message) => [message.clientId, message.id]));
  for (const message of incoming) {
    const existingId = byId.has(message.id) ? message.id : idByClientId.get(message.clientId);
    const existing = existingId === undefined ? undefined : byId.get(existingId);
    if (existing && existingId !== undefined) {
      byId.set(existingId, laterVersion(existing, message));
    } else {
      byId.set(message.id, message);
      idByClientId.set(message.clientId, message.id);
    }
  }
  return [...byId.values()].sort((a, b) => compareIds(a.id, b.id));
}

/** Applies an edit or deletion to a loaded message; messages not loaded (older pages) are ignored. */
export function updateMessage(current: ChatMessage[], message: ChatMessage): ChatMessage[] {
  const index = current.findIndex((m) => m.id === message.id);
  const existing = current[index];
  if (!existing) return current;
  const next = laterVersion(existing, message);
  if (next === existing) return current;
  return current.map((m, i) => (i === index ? next : m));
}

/** Where the viewer's unread messages began when they opened the channel. */
export interface UnreadAtOpen {
  /** Their read marker then (null: nothing read yet). */
  lastReadId: string | null;
  /** The newest message then: what arrives while they watch is not "new" to them. */
  lastShownId: string | null;
  viewerId: string;
}

/**
 * The first message of someone else's that was unread when the channel opened, if loaded. What
 * came before the viewer's own latest message counts as read: they answered after it.
 */
export function firstUnreadId(messages: ChatMessage[], unread: UnreadAtOpen): string | null {
  const { lastReadId, lastShownId, viewerId } = unread;
  if (lastShownId === null) return null;
  const shown = messages.filter((message) => compareIds(message.id, lastShownId) <= 0);
  const ownLast = shown.findLastIndex((message) => message.author.id === viewerId);
  const first = shown
    .slice(ownLast + 1)
    .find(
      (message) =>
        message.author.id !== viewerId &&
        (lastReadId === null || compareIds(message.id, lastReadId) > 0),
    );
  return first?.id ?? null;
}

export function newestId(messages: ChatMessage[]): string | null {
  return messages.at(-1)?.id ?? null;
}
