import { useEffect, useState } from 'react';
import type { Editor } from '@tiptap/core';
import { yUndoPluginKey } from '@tiptap/y-tiptap';
import type * as Y from 'yjs';
import { planRestoresName, type PlanRestoreNote } from '@jumelage/editor/yjs';
import { hasUnsentEdits } from '../offlineCopies.ts';
import type { CollabSession } from './useCollabSession.ts';

/**
 * Calls `listener` whenever a restore of a version reaches `doc` (see `planRestoresName`), with
 * the origin of the change that brought it (the provider: from the server).
 */
function onRestore(
  doc: Y.Doc,
  listener: (note: PlanRestoreNote, origin: unknown) => void,
): () => void {
  const notes = doc.getMap<PlanRestoreNote>(planRestoresName);
  const observer = (event: Y.YMapEvent<PlanRestoreNote>) => {
    const note = notes.get('latest');
    if (note && event.keysChanged.has('latest')) listener(note, event.transaction.origin);
  };
  notes.observe(observer);
  return () => notes.unobserve(observer);
}

/**
 * Forgets the editor's undo history when a restore arrives: undoing an edit made before it would
 * bring back text the restore removed, next to the restored copy, for everyone.
 */
export function useUndoClearedOnRestore(editor: Editor, doc: Y.Doc): void {
  useEffect(
    () => onRestore(doc, () => yUndoPluginKey.getState(editor.state)?.undoManager.clear()),
    [editor, doc],
  );
}

export interface RestoreArrival {
  note: PlanRestoreNote;
  /**
   * This device held edits the server had not had when the restore reached it (typed offline or
   * before a reload): those typed into text the restore removed are in its kept version, the
   * rest in the text.
   */
  hadUnsentEdits: boolean;
}

/**
 * The restore that reached this plan while it was open, so the viewer learns why the text changed
 * and who changed it: one that came while the page was in step with the server, or on coming
 * back after an outage, or on opening while this device held edits not sent yet (what they typed
 * may be gone from the text). Not one that was there already on opening.
 */
export function useRestoreNotice(session: CollabSession): [RestoreArrival | null, () => void] {
  const [arrival, setArrival] = useState<RestoreArrival | null>(null);
  useEffect(() => {
    const { doc, provider, local } = session;
    let hasSynced = provider.synced;
    const onSync = (isSynced: boolean) => {
      if (isSynced) hasSynced = true;
    };
    provider.on('sync', onSync);
    const stop = onRestore(doc, (note, origin) => {
      if (origin !== provider) return;
      const hadUnsentEdits = hasUnsentEdits(local.name);
      if (hasSynced || hadUnsentEdits) setArrival({ note, hadUnsentEdits });
    });
    return () => {
      provider.off('sync', onSync);
      stop();
    };
  }, [session]);
  return [arrival, () => setArrival(null)];
}
