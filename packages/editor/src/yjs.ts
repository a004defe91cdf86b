import type { JSONContent } from '@tiptap/core';
import type { Node } from '@tiptap/pm/model';
import { prosemirrorJSONToYDoc, updateYFragment, yXmlFragmentToProseMirrorRootNode } from '@tiptap/y-tiptap';
import * as Y from 'yjs';
import { getPlanSchema } from './schema.ts';

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
 * Changes `doc` so that its content equals `content`, as ordinary Yjs operations in one transaction
 * (unchanged blocks stay, so collaborators' cursors survive where possible). Used to restore a version
 * without rewriting history; the resulting update reaches every connected client like any edit.
 */
export function replaceContent(doc: Y.Doc, content: Node, origin: unknown): void {
  const fragment = doc.getXmlFragment(planFragmentName);
  doc.transact(() => {
    updateYFragment(doc, fragment, content, { mapping: new Map(), isOMark: new Map() });
  }, origin);
}
