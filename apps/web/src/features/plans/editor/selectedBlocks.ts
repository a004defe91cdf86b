import type { Editor } from '@tiptap/core';
import type { Node } from '@tiptap/pm/model';
import type { EditorState, Transaction } from '@tiptap/pm/state';

// The blocks a block-level tool (direction, language) acts on. A selection of several table cells
// has one range per cell, and its from/to cover only one of them, so every range is walked.

/** The paragraphs and headings in the selection, with their positions; the one at the cursor if it is empty. */
function selectedTextblocks(state: EditorState): Array<{ node: Node; pos: number }> {
  const found: Array<{ node: Node; pos: number }> = [];
  for (const { $from, $to } of state.selection.ranges) {
    state.doc.nodesBetween($from.pos, $to.pos, (node, pos) => {
      if (node.isTextblock) found.push({ node, pos });
    });
  }
  return found;
}

/**
 * The first paragraph or heading of the selection in reading order (the block at a cursor); what
 * block tools show. A cell selection lists the cell under the pointer first, wherever it is.
 */
export function firstSelectedTextblock(state: EditorState): Node {
  const { parent } = state.selection.$from;
  if (parent.isTextblock && state.selection.ranges.length === 1) return parent;
  const blocks = selectedTextblocks(state).sort((a, b) => a.pos - b.pos);
  return blocks[0]?.node ?? parent;
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
  for (const { $from, $to } of state.selection.ranges) {
    state.doc.nodesBetween($from.pos, $to.pos, (node, pos) => {
      if (node.isTextblock || alsoOn.has(node.type.name)) {
        tr.setNodeMarkup(pos, undefined, { ...node.attrs, ...attrs });
      }
    });
  }
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
