import { Extension } from '@tiptap/core';
import type { Node } from '@tiptap/pm/model';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';

/** Each heading's level for screen readers, one below its own. */
function levelsBelowPage(doc: Node): DecorationSet {
  const levels: Decoration[] = [];
  doc.descendants((node, pos) => {
    if (node.type.name === 'heading') {
      const level = Math.min(6, (Number(node.attrs.level) || 1) + 1);
      levels.push(Decoration.node(pos, pos + node.nodeSize, { 'aria-level': String(level) }));
    }
    // Headings sit in blocks, never in text: no need to look inside a paragraph.
    return !node.isTextblock;
  });
  return DecorationSet.create(doc, levels);
}

const key = new PluginKey<DecorationSet>('headingLevelsBelowPage');

/**
 * The plan's own headings one level below the page's: the page's h1 is the plan's title, and a
 * template's first heading repeats it, so heading navigation heard two level-one headings with
 * the same text (sixteenth QA pass). Only what screen readers read (`aria-level`) changes; the
 * document, its look and its exports keep their levels. Built again only when the document
 * changes, not at every move of the caret.
 */
export const headingLevelsBelowPage = Extension.create({
  name: 'headingLevelsBelowPage',
  addProseMirrorPlugins() {
    return [
      new Plugin({
        key,
        state: {
          init: (_config, { doc }) => levelsBelowPage(doc),
          apply: (tr, levels) => (tr.docChanged ? levelsBelowPage(tr.doc) : levels),
        },
        props: { decorations: (state) => key.getState(state) },
      }),
    ];
  },
});
