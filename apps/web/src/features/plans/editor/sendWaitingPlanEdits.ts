import { IndexeddbPersistence } from 'y-indexeddb';
import { readAuthMessage } from 'y-protocols/auth';
import { messageAuth, WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { planDocName } from '@jumelage/contracts/constants';
import { localCopyName, unloadJournalKey, unsentMarkKey } from '../offlineCopies.ts';
import { trackPendingChanges } from './pendingChanges.ts';
import { applyUnloadJournal } from './unloadJournal.ts';
import { failuresBeforeProbe, probeAccess } from './probeAccess.ts';
import { collabServerUrl } from './useCollabSession.ts';

// Edits typed into a plan offline used to wait on the device until that plan was opened again,
// while the partners went on reading the old text (QA pass). Each copy marked as holding edits
// the server has not confirmed (`unsentMarkKey`) is now opened in the background, from whatever
// page is open: its connection delivers the edits, asks the server whether it has everything,
// and closes once the answer says so. It shows no presence.

/** The plans being sent by this page, with what stops each. */
const sending = new Map<string, () => void>();

/** Sends the waiting edits of these plans (a plan already being sent is left as it is). */
export function sendWaitingPlanEdits(userId: string, planIds: readonly string[]): void {
  for (const planId of planIds) {
    if (sending.has(planId)) continue;
    sending.set(
      planId,
      sendPlanEdits(planId, userId, () => sending.delete(planId)),
    );
  }
}

/**
 * Opens the copy, adds what the last page left in its unload journal, connects without presence,
 * and stops once the server confirmed everything, refused it (read-only now: the plan page shows
 * the refusal when opened), closed the plan for good, or said it is no longer ours.
 */
function sendPlanEdits(planId: string, userId: string, onStopped: () => void): () => void {
  const name = localCopyName(planId, userId);
  const markKey = unsentMarkKey(name);
  // A page that types into this plan meanwhile writes a newer time, and keeps its mark.
  const mark = localStorage.getItem(markKey);
  const forgetMark = () => {
    if (localStorage.getItem(markKey) === mark) localStorage.removeItem(markKey);
  };
  const doc = new Y.Doc();
  const local = new IndexeddbPersistence(name, doc);
  let detach = () => {};
  let isStopped = false;
  const stop = () => {
    if (isStopped) return;
    isStopped = true;
    detach();
    void local.destroy();
    doc.destroy();
    onStopped();
  };

  void local.whenSynced.then(() => {
    if (isStopped) return;
    // Not the copy's own origin, so y-indexeddb stores it too.
    applyUnloadJournal(doc, unloadJournalKey(name), sendPlanEdits);
    const provider = new WebsocketProvider(collabServerUrl(), planDocName(planId), doc, {
      connect: false,
      disableBc: true,
    });
    provider.awareness.setLocalState(null);
    provider.messageHandlers[messageAuth] = (_encoder, decoder) => {
      readAuthMessage(decoder, doc, () => {
        forgetMark();
        stop();
      });
    };
    const changes = trackPendingChanges(doc, provider, [provider, local], (state) => {
      if (state !== 'none') return;
      forgetMark();
      stop();
    });
    let failures = 0;
    const onSync = (synced: boolean) => {
      if (synced) changes.afterSync();
    };
    const onStatus = ({ status }: { status: string }) => {
      if (status === 'connected') failures = 0;
    };
    const onConnectionClose = () => {
      failures += 1;
      if (failures % failuresBeforeProbe === 0 && navigator.onLine) {
        void probeAccess(planId).then((reason) => reason && stop());
      }
    };
    const onOffline = () => provider.disconnect();
    const onOnline = () => provider.connect();
    provider.on('sync', onSync);
    provider.on('status', onStatus);
    provider.on('connection-close', onConnectionClose);
    // Closed for good (the plan was deleted or grew too large): the plan page says why.
    provider.on('closed', stop);
    window.addEventListener('offline', onOffline);
    window.addEventListener('online', onOnline);
    detach = () => {
      changes.stop();
      window.removeEventListener('offline', onOffline);
      window.removeEventListener('online', onOnline);
      provider.destroy();
    };
    if (navigator.onLine) provider.connect();
  });
  return stop;
}
