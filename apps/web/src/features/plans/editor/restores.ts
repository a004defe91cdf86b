import { useEffect, useState } from 'react';
import type { Editor } from '@tiptap/core';
import { yUndoPluginKey } from '@tiptap/y-tiptap';
import type * as Y from 'yjs';
import { planRestoresName, type PlanRestoreNote } from '@jumelage/editor/yjs';
import type { CollabSession } from './useCollabSession.ts';

/** Calls `listener` whenever a restore of a version reaches `doc` (see `planRestoresName`). */
function onRestore(doc: Y.Doc, listener: (note: PlanRestoreNote) => void): () => void {
  const notes = doc.getMap<PlanRestoreNote>(planRestoresName);
  const observer = (event: Y.YMapEvent<PlanRestoreNote>) => {
    const note = notes.get('latest');
    if (note && event.keysChanged.has('latest')) listener(note);
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

/**
 * The restore that arrived while this plan was open and in step with the server, so the viewer
 * learns why the text changed and who changed it (not one that was already there on opening).
 */
export function useRestoreNotice(session: CollabSession): [PlanRestoreNote | null, () => void] {
  const [note, setNote] = useState<PlanRestoreNote | null>(null);
  useEffect(
    () =>
      onRestore(session.doc, (restored) => {
        if (session.provider.synced) setNote(restored);
      }),
    [session],
  );
  return [note, () => setNote(null)];
}
