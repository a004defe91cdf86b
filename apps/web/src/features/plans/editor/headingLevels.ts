import { Extension } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';

/**
 * The plan's own headings one level below the page's: the page's h1 is the plan's title, and a
 * template's first heading repeats it, so heading navigation heard two level-one headings with
 * the same text (sixteenth QA pass). Only what screen readers read (`aria-level`) changes; the
 * document, its look and its exports keep their levels.
 */
export const headingLevelsBelowPage = Extension.create({
  name: 'headingLevelsBelowPage',
  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: new PluginKey('headingLevelsBelowPage'),
        props: {
          decorations: ({ doc }) => {
            const levels: Decoration[] = [];
            doc.descendants((node, pos) => {
              if (node.type.name === 'heading') {
                const level = Math.min(6, (Number(node.attrs.level) || 1) + 1);
                levels.push(
                  Decoration.node(pos, pos + node.nodeSize, { 'aria-level': String(level) }),
                );
              }
              // Headings sit in blocks, never in text: no need to look inside a paragraph.
              return !node.isTextblock;
            });
            return DecorationSet.create(doc, levels);
          },
        },
      }),
    ];
  },
});
