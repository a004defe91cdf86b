import { Extension } from '@tiptap/core';
import type { Node } from '@tiptap/pm/model';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';

// A template's empty slots carry a hint for the authors ("Describe the starting situation…") as
// an attribute of the paragraph (`slotHint` in `packages/editor/src/extensions.ts`). It is shown
// while the paragraph is empty, as CSS generated content that screen readers read too, and goes
// as soon as something is written there. The text itself never holds it.

const key = new PluginKey<DecorationSet>('slotHints');

/**
 * The empty paragraphs whose hint is shown. A paragraph split in the middle of its text passes its
 * attributes to both halves, so a paragraph right after one with the same hint does not show it.
 */
export function hintedSlots(doc: Node): { pos: number; end: number; hint: string }[] {
  const found: { pos: number; end: number; hint: string }[] = [];
  doc.descendants((node, pos, parent, index) => {
    if (!node.isTextblock) return true;
    const hint: unknown = node.attrs.hint;
    const isRepeated = index > 0 && parent?.child(index - 1).attrs.hint === hint;
    if (typeof hint === 'string' && hint && node.content.size === 0 && !isRepeated) {
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
