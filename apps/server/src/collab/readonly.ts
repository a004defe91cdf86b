import * as Y from 'yjs';
import { MalformedMessageError, type ClientMessage } from './protocol.ts';

/**
 * What a read-only connection (observers) may send: it asks for the document (sync step 1) and
 * shares its cursor (awareness), but its document changes (sync step 2 and updates) are dropped.
 * Dropping rather than closing matters: a y-websocket client always answers our sync step 1 with a
 * step 2, and would reconnect forever if that closed the connection.
 */
export function isAllowedForReadOnly(message: ClientMessage): boolean {
  return message.kind !== 'update';
}

/**
 * Whether a dropped update held content (text, structure) the document does not have yet, rather
 * than only what the server already holds (a client whose local copy loads after it connected sends
 * it again) or the deletions every sync step 2 repeats. Then the client is told (`collabReadOnlyRefusal`):
 * typically a member demoted while offline, whose edits would otherwise look saved on their device.
 */
export function carriesNewContent(update: Uint8Array, doc: Y.Doc): boolean {
  let meta: ReturnType<typeof Y.parseUpdateMeta>;
  try {
    meta = Y.parseUpdateMeta(update);
  } catch {
    throw new MalformedMessageError('unreadable update');
  }
  for (const [client, clock] of meta.to) {
    if (clock > Y.getState(doc.store, client)) return true;
  }
  return false;
}
