import * as Y from 'yjs';

// Text typed into a paragraph that someone else removed meanwhile (a restore, while the typist was
// offline or their keystroke on its way) is gone the moment it arrives: Yjs integrates content
// whose parent was removed as a GC struct, and nothing of it shows. These helpers find such
// content, so that the plans feature can put it where it is still visible (a restore's kept version).

/**
 * Whether a transaction integrated content that was gone on arrival: a cheap look at the new
 * structs of each client it advanced, run for every update. A hit may also be the sender's own
 * removals (a client sends content it deleted as GC too); `goneOnArrival` tells them apart.
 */
export function hasGoneOnArrival(transaction: Y.Transaction): boolean {
  for (const [client, after] of transaction.afterState) {
    const before = transaction.beforeState.get(client) ?? 0;
    if (after <= before) continue;
    const structs = transaction.doc.store.clients.get(client);
    if (!structs) continue;
    for (let index = Y.findIndexSS(structs, before); index < structs.length; index++) {
      const struct = structs[index];
      if (!struct || struct.id.clock >= after) break;
      if (struct instanceof Y.GC) return true;
    }
  }
  return false;
}

/** The content an update brings that its sender meant to be seen (not deleted by the update itself). */
function meantToShow(update: Uint8Array): Y.Item[] {
  const { structs, ds } = Y.decodeUpdate(update);
  return structs.filter(
    (struct): struct is Y.Item =>
      struct instanceof Y.Item && struct.countable && !(struct.content instanceof Y.ContentDeleted) && !Y.isDeleted(ds, struct.id),
  );
}

/** Whether `doc` holds the struct with this id and shows it. */
export function isShown(doc: Y.Doc, id: Y.ID): boolean {
  const structs = doc.store.clients.get(id.client);
  if (!structs || id.clock >= Y.getState(doc.store, id.client)) return false;
  const struct = structs[Y.findIndexSS(structs, id.clock)];
  return struct instanceof Y.Item && !struct.deleted;
}

/** The ids of the content `update` brought that its sender meant to be seen, and `doc` (which applied it) does not show. */
export function goneOnArrival(doc: Y.Doc, update: Uint8Array): Y.ID[] {
  return meantToShow(update)
    .map((item) => item.id)
    .filter((id) => !isShown(doc, id));
}
