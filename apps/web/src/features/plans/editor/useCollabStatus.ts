import { useCallback, useEffect, useRef, useState } from 'react';
import { collabCloseCodes } from '@jumelage/contracts/constants';
import { planFragmentName } from '@jumelage/editor/yjs';
import { deleteLocalCopy, noteUnsentEdits } from '../offlineCopies.ts';
import { failuresBeforeProbe, probeAccess } from './probeAccess.ts';
import { trackPendingChanges, type PendingState } from './pendingChanges.ts';
import type { CollabSession } from './useCollabSession.ts';
import {
  closedReasonOf,
  retryReasonOf,
  syncStatus,
  type ClosedReason,
  type RetryReason,
  type SyncStatus,
} from './syncStatus.ts';

export interface CollabStatus {
  status: SyncStatus;
  closedReason: ClosedReason | null;
  retryReason: RetryReason | null;
  /** There is a document to show: synced once, or found in this device's copy. */
  hasDocument: boolean;
  /** Tries again after a final close (e.g. once a too large change was undone). */
  reconnect: () => void;
  /**
   * The server refused changes from this device: the viewer may only read the plan (typically a
   * member demoted while offline). What they wrote stays on this device until they discard it.
   */
  hasRefusedChanges: boolean;
  /**
   * Forgets this device's copy and shows the shared plan again (reloads the page). `onBlocked`: another
   * tab holds the copy open, and the copy goes once that tab is closed.
   */
  discardLocalChanges: (onBlocked: () => void) => Promise<void>;
}

/**
 * Follows the provider, the IndexedDB copy and the browser's network state. While the browser is
 * offline the connection is closed on purpose, so that coming back always starts a fresh sync
 * (which delivers what was typed meanwhile) instead of reusing a socket that silently lost data.
 */
export function useCollabStatus(
  planId: string,
  session: CollabSession,
  isReadOnly: boolean,
  /** The server reopened the connection because our role changed: the rights are worth reloading. */
  onAccessChanged?: () => void,
): CollabStatus {
  const { doc, provider, local, journal, refusals } = session;
  const onAccessChangedRef = useRef(onAccessChanged);
  useEffect(() => {
    onAccessChangedRef.current = onAccessChanged;
  }, [onAccessChanged]);
  const [isLocalCopyLoaded, setIsLocalCopyLoaded] = useState(local.synced);
  const [hasLocalContent, setHasLocalContent] = useState(false);
  const [isConnected, setIsConnected] = useState(provider.wsconnected);
  const [isSynced, setIsSynced] = useState(provider.synced);
  const [hasSyncedOnce, setHasSyncedOnce] = useState(provider.synced);
  const [hasDropped, setHasDropped] = useState(false);
  const [isBrowserOffline, setIsBrowserOffline] = useState(!navigator.onLine);
  const [pending, setPending] = useState<PendingState>('none');
  const [hasRefusedChanges, setHasRefusedChanges] = useState(false);
  const [closedReason, setClosedReason] = useState<ClosedReason | null>(null);
  const [retryReason, setRetryReason] = useState<RetryReason | null>(null);
  // Read by event handlers: a final close must not be undone by the browser coming back online.
  const closedRef = useRef<ClosedReason | null>(null);
  const closeFor = useCallback((reason: ClosedReason | null) => {
    closedRef.current = reason;
    setClosedReason(reason);
  }, []);

  useEffect(() => {
    const changes = trackPendingChanges(doc, provider, [provider, local], (state) => {
      setPending(state);
      // Edits left unconfirmed when the plan closes are sent from whatever page is open next.
      if (state !== 'checking') noteUnsentEdits(local.name, state === 'sending');
    });
    let failures = 0;
    const close = (reason: ClosedReason) => {
      provider.disconnect();
      closeFor(reason);
    };
    const onStatus = ({ status }: { status: string }) => {
      setIsConnected(status === 'connected');
      if (status === 'connected') failures = 0;
    };
    const onSync = (synced: boolean) => {
      setIsSynced(synced);
      if (!synced) return;
      setHasSyncedOnce(true);
      setHasDropped(false);
      setRetryReason(null);
      changes.afterSync();
    };
    const onConnectionClose = (event: CloseEvent | null) => {
      setIsSynced(false);
      setHasDropped(true);
      setRetryReason(event ? retryReasonOf(event.code) : null);
      if (event?.code === collabCloseCodes.accessChanged) {
        // New rights: the next connection says again whether changes from here are refused.
        setHasRefusedChanges(false);
        onAccessChangedRef.current?.();
      }
      failures += 1;
      if (failures === failuresBeforeProbe && navigator.onLine) {
        void probeAccess(planId).then((reason) => reason && close(reason));
      }
    };
    const onClosed = ({ code }: { code: number }) => {
      closeFor(closedReasonOf(code) ?? 'malformedMessage');
      // A deleted plan's copy on this device would only take up space.
      if (code === collabCloseCodes.planDeleted) {
        journal.discard();
        noteUnsentEdits(local.name, false);
        void local.clearData();
      }
    };
    const onRefused = () => {
      setHasRefusedChanges(true);
      onAccessChangedRef.current?.();
    };
    const onLocalCopy = () => {
      setIsLocalCopyLoaded(true);
      setHasLocalContent(doc.getXmlFragment(planFragmentName).length > 0);
    };
    const onOffline = () => {
      setIsBrowserOffline(true);
      provider.disconnect();
    };
    const onOnline = () => {
      setIsBrowserOffline(false);
      if (closedRef.current === null) provider.connect();
    };
    provider.on('status', onStatus);
    provider.on('sync', onSync);
    provider.on('connection-close', onConnectionClose);
    provider.on('closed', onClosed);
    refusals.addEventListener('refused', onRefused);
    void local.whenSynced.then(onLocalCopy);
    window.addEventListener('offline', onOffline);
    window.addEventListener('online', onOnline);
    if (!navigator.onLine) onOffline();
    return () => {
      changes.stop();
      provider.off('status', onStatus);
      provider.off('sync', onSync);
      provider.off('connection-close', onConnectionClose);
      provider.off('closed', onClosed);
      refusals.removeEventListener('refused', onRefused);
      window.removeEventListener('offline', onOffline);
      window.removeEventListener('online', onOnline);
    };
  }, [planId, doc, provider, local, journal, refusals, closeFor]);

  const reconnect = useCallback(() => {
    closeFor(null);
    provider.connect();
  }, [provider, closeFor]);

  const discardLocalChanges = useCallback(
    async (onBlocked: () => void) => {
      provider.disconnect();
      journal.discard();
      await local.destroy();
      await deleteLocalCopy(local.name, onBlocked);
      window.location.reload();
    },
    [provider, local, journal],
  );

  const status = syncStatus({
    isReadOnly,
    isLocalCopyLoaded,
    isConnected,
    isSynced,
    isOffline: hasDropped || isBrowserOffline,
    pending,
    hasRefusedChanges,
    closedReason,
  });
  const hasDocument = hasSyncedOnce || (isLocalCopyLoaded && hasLocalContent);
  return {
    status,
    closedReason,
    retryReason,
    hasDocument,
    reconnect,
    hasRefusedChanges,
    discardLocalChanges,
  };
}
