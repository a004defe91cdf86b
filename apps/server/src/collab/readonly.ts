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
 * Whether a dropped update held a change the document does not have yet: content (text,
 * structure) it lacks, or the deletion of something it still shows. Content the server already
 * holds (a client whose local copy loads after it connected sends it again) and the deletions every
 * sync step 2 repeats are no change. Then the client is told (`collabReadOnlyRefusal`): typically a
 * member demoted while offline, whose edits would otherwise look saved on their device.
 */
export function carriesNewContent(update: Uint8Array, doc: Y.Doc): boolean {
  let decoded: ReturnType<typeof Y.decodeUpdate>;
  try {
    decoded = Y.decodeUpdate(update);
  } catch {
    throw new MalformedMessageError('unreadable update');
  }
  const isBeyondServer = (struct: (typeof decoded.structs)[number]) =>
    struct.id.clock + struct.length > Y.getState(doc.store, struct.id.client);
  return decoded.structs.some(isBeyondServer) || deletesVisibleContent(decoded.ds, doc);
}

/** Whether the delete set covers an item of the document that is not deleted yet. */
function deletesVisibleContent(ds: ReturnType<typeof Y.decodeUpdate>['ds'], doc: Y.Doc): boolean {
  for (const [client, ranges] of ds.clients) {
    const structs = doc.store.clients.get(client);
    if (!structs) continue;
    const known = Y.getState(doc.store, client);
    for (const { clock, len } of ranges) {
      if (clock >= known) continue;
      for (let index = Y.findIndexSS(structs, clock); index < structs.length; index++) {
        const struct = structs[index];
        if (!struct || struct.id.clock >= clock + len) break;
        if (!struct.deleted) return true;
      }
    }
  }
  return false;
}
