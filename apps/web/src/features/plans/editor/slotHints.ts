import { Extension } from '@tiptap/core';
import type { Node } from '@tiptap/pm/model';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';

// A template's empty slots carry a hint for the authors ("Describe the starting situation…") as
// an attribute of the paragraph (`slotHint` in `packages/editor/src/extensions.ts`). It is shown
// while the paragraph is empty, as CSS generated content that screen readers read too, and goes
// as soon as something is written there. The text itself never holds it.

const key = new PluginKey<DecorationSet>('slotHints');

/** Whether the paragraphs from `index` on that carry `hint` (one run of them) are all empty. */
function isRunEmpty(parent: Node, index: number, hint: string): boolean {
  for (let i = index; i < parent.childCount && parent.child(i).attrs.hint === hint; i++) {
    if (parent.child(i).content.size > 0) return false;
  }
  return true;
}

/**
 * The empty paragraphs whose hint is shown. A paragraph split anywhere but at its end (Enter in
 * the middle, or at the start to add a line above) passes its attributes to both halves, so a run
 * of paragraphs with the same hint shows it once, on the first, and only while all are empty.
 */
export function hintedSlots(doc: Node): { pos: number; end: number; hint: string }[] {
  const found: { pos: number; end: number; hint: string }[] = [];
  doc.descendants((node, pos, parent, index) => {
    if (!node.isTextblock) return true;
    const hint: unknown = node.attrs.hint;
    if (typeof hint !== 'string' || !hint || !parent) return false;
    const isRepeated = index > 0 && parent.child(index - 1).attrs.hint === hint;
    if (!isRepeated && isRunEmpty(parent, index, hint)) {
      found.push({ pos, end: pos + node.nodeSize, hint });
    }
    return false;
  });
  return found;
}

const hints = (doc: Node) =>
  DecorationSet.create(
    doc,
    hintedSlots(doc).map(({ pos, end, hint }) =>
      Decoration.node(pos, end, { class: 'slot-hint', 'data-hint': hint }),
    ),
  );

/** Shows the hints of empty template slots. */
export const slotHints = Extension.create({
  name: 'slotHints',
  addProseMirrorPlugins() {
    return [
      new Plugin<DecorationSet>({
        key,
        state: {
          init: (_config, state) => hints(state.doc),
          apply: (tr, current) => (tr.docChanged ? hints(tr.doc) : current),
        },
        props: { decorations: (state) => key.getState(state) },
      }),
    ];
  },
});
