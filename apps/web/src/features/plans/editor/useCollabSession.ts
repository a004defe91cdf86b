import { useEffect, useState } from 'react';
import { IndexeddbPersistence } from 'y-indexeddb';
import { readAuthMessage } from 'y-protocols/auth';
import { messageAuth, WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { collabReadOnlyRefusal, planDocName } from '@jumelage/contracts/constants';
import { localCopyName, unloadJournalKey } from '../offlineCopies.ts';
import { sendOwnAwarenessOnly } from './ownAwareness.ts';
import { showPresenceAfterReconnect } from './presenceAfterReconnect.ts';
import { keepUnloadJournal, type UnloadJournal } from './unloadJournal.ts';

/** The shared document of one open plan, its connection to the server and its copy on this device. */
export interface CollabSession {
  doc: Y.Doc;
  provider: WebsocketProvider;
  local: IndexeddbPersistence;
  /** The last seconds of changes, kept where a page that unloads cannot lose them. */
  journal: UnloadJournal;
  /**
   * Dispatches `refused` when the server answers y-protocols' "permission denied": it dropped
   * changes from this device because the viewer may only read the plan.
   */
  refusals: EventTarget;
}

/** The collab endpoint on the page's own host (the dev server proxies it). */
export function collabServerUrl(): string {
  return `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/collab`;
}

/**
 * Opens a plan: a Y.Doc, its IndexedDB copy (edits made offline or before a reload survive and are
 * sent once connected) and the y-websocket connection. Created inside the effect and destroyed in
 * its cleanup: objects made during render would be discarded unconnected by React's StrictMode.
 */
export function useCollabSession(planId: string, userId: string): CollabSession | null {
  const [session, setSession] = useState<CollabSession | null>(null);

  useEffect(() => {
    const doc = new Y.Doc();
    const local = new IndexeddbPersistence(localCopyName(planId, userId), doc);
    // Cross-tab BroadcastChannel sync is off: every change goes through the server, which decides
    // what a read-only connection may do and stamps who is present.
    const provider = new WebsocketProvider(collabServerUrl(), planDocName(planId), doc, {
      disableBc: true,
    });
    sendOwnAwarenessOnly(provider);
    showPresenceAfterReconnect(provider);
    const journal = keepUnloadJournal(doc, unloadJournalKey(localCopyName(planId, userId)), [
      provider,
      local,
    ]);
    const refusals = new EventTarget();
    provider.messageHandlers[messageAuth] = (_encoder, decoder) => {
      readAuthMessage(decoder, doc, (_doc, reason) => {
        if (reason === collabReadOnlyRefusal) refusals.dispatchEvent(new Event('refused'));
      });
    };
    // eslint-disable-next-line react-hooks/set-state-in-effect -- the session exists only inside this effect (see above)
    setSession({ doc, provider, local, journal, refusals });
    return () => {
      setSession(null);
      journal.stop();
      provider.destroy();
      void local.destroy();
      doc.destroy();
    };
  }, [planId, userId]);

  return session;
}
