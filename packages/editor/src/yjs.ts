import type { JSONContent } from '@tiptap/core';
import type { Node } from '@tiptap/pm/model';
import { prosemirrorJSONToYDoc, updateYFragment, yXmlFragmentToProseMirrorRootNode } from '@tiptap/y-tiptap';
import * as Y from 'yjs';
import { getPlanSchema } from './schema.ts';

export type { JSONContent };

/** The XmlFragment TipTap's Collaboration extension binds to by default. */
export const planFragmentName = 'default';

/** Loads encoded Yjs state (one or more updates) into a fresh document. */
export function docFromState(...updates: Uint8Array[]): Y.Doc {
  const doc = new Y.Doc({ gc: true });
  for (const update of updates) Y.applyUpdate(doc, update);
  return doc;
}

/**
 * The document as a ProseMirror node. Conversion deletes parts that do not fit the schema (that is
 * how y-prosemirror repairs concurrent edits), so it always works on a copy and never changes `doc`.
 */
export function docToNode(doc: Y.Doc): Node {
  const copy = docFromState(Y.encodeStateAsUpdate(doc));
  try {
    return yXmlFragmentToProseMirrorRootNode(copy.getXmlFragment(planFragmentName), getPlanSchema());
  } finally {
    copy.destroy();
  }
}

export function docToJSON(doc: Y.Doc): JSONContent {
  return docToNode(doc).toJSON();
}

/** Checks ProseMirror JSON against the plan schema (throws a RangeError when it does not fit). */
export function nodeFromJSON(json: JSONContent): Node {
  const node = getPlanSchema().nodeFromJSON(json);
  node.check();
  return node;
}

/** The Yjs update that creates a document with this content (a new plan from a template). */
export function jsonToUpdate(json: JSONContent): Uint8Array {
  nodeFromJSON(json);
  const doc = prosemirrorJSONToYDoc(getPlanSchema(), json, planFragmentName);
  try {
    return Y.encodeStateAsUpdate(doc);
  } finally {
    doc.destroy();
  }
}

/**
 * Beside the content, a map whose `latest` entry names the last restore. It changes in the same
 * transaction as the content, so a client sees exactly when a restore reached it: it clears its undo
 * history there (undoing an edit made before the restore would bring back text the restore removed,
 * next to the restored copy) and says who restored which version.
 */
export const planRestoresName = 'restores';

export interface PlanRestoreNote {
  versionId: string;
  label: string;
  by: { id: string; name: string };
  /** ISO date and time of the restore. */
  at: string;
  /** The version keeping the text the restore replaced (absent when it replaced nothing). */
  keptVersionId?: string;
  /** When the restored version was itself the text an earlier restore replaced: that restore's time. */
  restoredReplacedAt?: string;
}

/** The last restore's note, if the document was ever restored. */
export function latestRestore(doc: Y.Doc): PlanRestoreNote | undefined {
  return doc.getMap<PlanRestoreNote>(planRestoresName).get('latest');
}

/**
 * Changes `doc` so that its content equals `content`, as ordinary Yjs operations in one transaction
 * (unchanged blocks stay, so collaborators' cursors survive where possible). Used to restore a version
 * without rewriting history; the resulting update reaches every connected client like any edit, with
 * `note` (see `planRestoresName`) when given.
 */
export function replaceContent(doc: Y.Doc, content: Node, origin: unknown, note?: PlanRestoreNote): void {
  const fragment = doc.getXmlFragment(planFragmentName);
  doc.transact(() => {
    updateYFragment(doc, fragment, content, { mapping: new Map(), isOMark: new Map() });
    if (note) doc.getMap<PlanRestoreNote>(planRestoresName).set('latest', note);
  }, origin);
}

/**
 * When the document still starts with the title heading the templates put first (level 1, plain
 * text reading `from`), its text becomes `to`, in one transaction with `origin`; a heading someone
 * rewrote or formatted is theirs and stays. Returns whether it changed.
 */
export function renameTitleHeading(doc: Y.Doc, from: string, to: string, origin: unknown): boolean {
  const first = doc.getXmlFragment(planFragmentName).get(0);
  if (!(first instanceof Y.XmlElement) || first.nodeName !== 'heading') return false;
  if (Number(first.getAttribute('level')) !== 1 || first.length !== 1) return false;
  const text = first.get(0);
  if (!(text instanceof Y.XmlText)) return false;
  const runs: { insert: unknown; attributes?: object }[] = text.toDelta();
  const [run] = runs;
  if (runs.length !== 1 || !run || run.attributes || run.insert !== from) return false;
  doc.transact(() => {
    text.delete(0, text.length);
    text.insert(0, to);
  }, origin);
  return true;
}
