import { describe, expect, it } from 'vitest';
import { collabCloseCodes } from '@jumelage/contracts/constants';
import { closedReasonOf, retryReasonOf, syncStatus, type SyncInputs } from './syncStatus.ts';

const saved: SyncInputs = {
  isReadOnly: false,
  isLocalCopyLoaded: true,
  isConnected: true,
  isSynced: true,
  isOffline: false,
  pending: 'none',
  hasRefusedChanges: false,
  closedReason: null,
};

describe('sync status', () => {
  it('says "saved" only with the local copy loaded, a synced connection and nothing pending', () => {
    expect(syncStatus(saved)).toBe('saved');
    expect(syncStatus({ ...saved, pending: 'sending' })).toBe('saving');
    // A new connection asking whether the server has everything, with nothing typed here since.
    expect(syncStatus({ ...saved, pending: 'checking' })).toBe('connecting');
    expect(syncStatus({ ...saved, isLocalCopyLoaded: false })).toBe('connecting');
    expect(syncStatus({ ...saved, isSynced: false })).toBe('connecting');
  });

  it('says "offline" once a connection failed or the browser is offline, not while first connecting', () => {
    const disconnected = { ...saved, isConnected: false, isSynced: false };
    expect(syncStatus(disconnected)).toBe('connecting');
    expect(syncStatus({ ...disconnected, isOffline: true, pending: 'sending' })).toBe('offline');
  });

  it('tells read-only viewers that they are up to date instead of "saved"', () => {
    expect(syncStatus({ ...saved, isReadOnly: true })).toBe('upToDate');
  });

  it('never says "saved" or "up to date" once the server refused changes from this device', () => {
    expect(syncStatus({ ...saved, hasRefusedChanges: true })).toBe('notSaved');
    expect(syncStatus({ ...saved, isReadOnly: true, hasRefusedChanges: true })).toBe('notSaved');
  });

  it('reports a final close by the server above everything else', () => {
    expect(syncStatus({ ...saved, closedReason: 'accessRevoked' })).toBe('closed');
  });

  it('maps the documented close codes to final and retried reasons', () => {
    expect(closedReasonOf(collabCloseCodes.planDeleted)).toBe('planDeleted');
    expect(closedReasonOf(collabCloseCodes.documentTooLarge)).toBe('documentTooLarge');
    expect(closedReasonOf(1006)).toBeNull();
    expect(retryReasonOf(collabCloseCodes.serverShuttingDown)).toBe('serverShuttingDown');
    expect(retryReasonOf(collabCloseCodes.accessRevoked)).toBeNull();
    // An expired session ends editing with the way to the login page; a changed role or a
    // connection that fell behind is retried by y-websocket (4500-4599).
    expect(closedReasonOf(collabCloseCodes.sessionExpired)).toBe('sessionEnded');
    expect(retryReasonOf(collabCloseCodes.accessChanged)).toBe('accessChanged');
    expect(retryReasonOf(collabCloseCodes.sendBacklogTooLarge)).toBe('sendBacklogTooLarge');
    for (const code of Object.values(collabCloseCodes)) {
      expect(closedReasonOf(code) !== null || retryReasonOf(code) !== null).toBe(true);
      expect(closedReasonOf(code) === null).toBe(code >= 4500);
    }
  });
});
