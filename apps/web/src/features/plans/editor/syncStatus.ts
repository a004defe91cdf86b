import { collabCloseCodes } from '@jumelage/contracts/constants';
import type { PendingState } from './pendingChanges.ts';

/** Why the server ended the connection for good (y-websocket does not reconnect after these). */
export type ClosedReason =
  | 'accessRevoked'
  | 'planDeleted'
  | 'documentTooLarge'
  | 'messageTooLarge'
  | 'malformedMessage'
  /** Found out over REST after connections kept failing: 401. */
  | 'sessionEnded'
  /** Likewise: 404, the plan is gone or closed to the viewer. */
  | 'notFound';

/** Why the server asked us to come back later (y-websocket retries by itself). */
export type RetryReason =
  'serverShuttingDown' | 'tooManyConnections' | 'accessChanged' | 'sendBacklogTooLarge';

const closedReasons: Record<number, ClosedReason> = {
  [collabCloseCodes.accessRevoked]: 'accessRevoked',
  [collabCloseCodes.sessionExpired]: 'sessionEnded',
  [collabCloseCodes.planDeleted]: 'planDeleted',
  [collabCloseCodes.documentTooLarge]: 'documentTooLarge',
  [collabCloseCodes.messageTooLarge]: 'messageTooLarge',
  [collabCloseCodes.malformedMessage]: 'malformedMessage',
};

const retryReasons: Record<number, RetryReason> = {
  [collabCloseCodes.serverShuttingDown]: 'serverShuttingDown',
  [collabCloseCodes.tooManyConnections]: 'tooManyConnections',
  [collabCloseCodes.accessChanged]: 'accessChanged',
  [collabCloseCodes.sendBacklogTooLarge]: 'sendBacklogTooLarge',
};

export const closedReasonOf = (code: number): ClosedReason | null => closedReasons[code] ?? null;
export const retryReasonOf = (code: number): RetryReason | null => retryReasons[code] ?? null;

export interface SyncInputs {
  isReadOnly: boolean;
  /** The IndexedDB copy was read into the document. */
  isLocalCopyLoaded: boolean;
  isConnected: boolean;
  /** The server's state arrived on the current connection. */
  isSynced: boolean;
  /** A connection failed or dropped since the last sync, or the browser reports being offline. */
  isOffline: boolean;
  /** Whether local edits may not have reached the server yet. */
  pending: PendingState;
  /** The server refused changes from this device because the viewer may only read the plan. */
  hasRefusedChanges: boolean;
  closedReason: ClosedReason | null;
}

export type SyncStatus =
  'connecting' | 'saving' | 'saved' | 'upToDate' | 'offline' | 'closed' | 'notSaved';

/**
 * What the status line says; "saved" needs the local copy, a synced connection and nothing pending.
 * A new connection that only checks that the server has everything still says "connecting": said
 * "saving", every plan opened and every reconnect flashed "saving…" with nothing typed.
 */
export function syncStatus(inputs: SyncInputs): SyncStatus {
  if (inputs.closedReason) return 'closed';
  if (inputs.hasRefusedChanges) return 'notSaved';
  if (!inputs.isLocalCopyLoaded) return 'connecting';
  if (inputs.isConnected && inputs.isSynced) {
    if (inputs.isReadOnly) return 'upToDate';
    if (inputs.pending === 'checking') return 'connecting';
    return inputs.pending === 'sending' ? 'saving' : 'saved';
  }
  return inputs.isOffline ? 'offline' : 'connecting';
}
