import type { Editor } from '@tiptap/core';
import type { Node } from '@tiptap/pm/model';
import type { EditorState, Transaction } from '@tiptap/pm/state';

// The blocks a block-level tool (direction, language) acts on. A selection of several table cells
// has one range per cell, and its from/to cover only one of them, so every range is walked.

/** Visits every node the selection touches, range by range (the block around an empty one). */
function forEachSelected(state: EditorState, visit: (node: Node, pos: number) => void): void {
  for (const { $from, $to } of state.selection.ranges) {
    state.doc.nodesBetween($from.pos, $to.pos, (node, pos) => {
      visit(node, pos);
    });
  }
}

/**
 * The first paragraph or heading of the selection in reading order (the block at a cursor); what
 * block tools show. A cell selection lists the cell under the pointer first, wherever it is.
 */
export function firstSelectedTextblock(state: EditorState): Node {
  const { parent } = state.selection.$from;
  if (parent.isTextblock && state.selection.ranges.length === 1) return parent;
  let first: { node: Node; pos: number } | undefined;
  forEachSelected(state, (node, pos) => {
    if (node.isTextblock && (first === undefined || pos < first.pos)) first = { node, pos };
  });
  return first?.node ?? parent;
}

/**
 * Sets attributes on the selected paragraphs and headings, and with `alsoOn` on other blocks the
 * selection touches (list items, so their bullet follows the text), in the transaction `tr`.
 */
export function markSelectedBlocks(
  tr: Transaction,
  state: EditorState,
  attrs: Record<string, unknown>,
  alsoOn: ReadonlySet<string> = new Set(),
): void {
  forEachSelected(state, (node, pos) => {
    if (node.isTextblock || alsoOn.has(node.type.name)) {
      tr.setNodeMarkup(pos, undefined, { ...node.attrs, ...attrs });
    }
  });
}

/** `markSelectedBlocks` as one step of the editor (one undo step, sent to everyone). */
export function setOnSelectedBlocks(
  editor: Editor,
  attrs: Record<string, unknown>,
  alsoOn?: ReadonlySet<string>,
): void {
  editor
    .chain()
    .command(({ tr, state }) => {
      markSelectedBlocks(tr, state, attrs, alsoOn);
      return true;
    })
    .run();
}
