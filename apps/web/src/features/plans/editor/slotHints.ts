import { Extension } from '@tiptap/core';
import type { Node } from '@tiptap/pm/model';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';

// A template's empty slots carry a hint for the authors ("Describe the starting situation…") as
// an attribute of the paragraph (`slotHint` in `packages/editor/src/extensions.ts`). It is shown
// while the paragraph is empty, as CSS generated content that screen readers read too, and goes
// as soon as something is written there. The text itself never holds it.

const key = new PluginKey<DecorationSet>('slotHints');

function hints(doc: Node): DecorationSet {
  const found: Decoration[] = [];
  doc.descendants((node, pos) => {
    if (!node.isTextblock) return true;
    const hint: unknown = node.attrs.hint;
    if (typeof hint === 'string' && hint && node.content.size === 0) {
      found.push(
        Decoration.node(pos, pos + node.nodeSize, { class: 'slot-hint', 'data-hint': hint }),
      );
    }
    return false;
  });
  return DecorationSet.create(doc, found);
}

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
