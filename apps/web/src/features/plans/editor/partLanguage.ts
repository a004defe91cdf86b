import { Extension } from '@tiptap/core';
import type { Node } from '@tiptap/pm/model';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { languageOfPart, partLanguageOf } from '@jumelage/editor/script';

// The text carries the plan's language (`lang` on the editor). A paragraph written in Arabic in a
// plan of another language is marked `lang="ar"` (WCAG 3.1.2, language of parts), so a screen
// reader reads it with an Arabic voice instead of spelling it in German. Only the script tells us
// the language: Latin text in an Arabic plan could be German, French or English, so it is left
// unmarked here. A block its writers marked with a language (toolbar, `blockLanguage.ts`) renders
// that `lang` itself, through the schema, and is skipped.

const key = new PluginKey<DecorationSet>('partLanguage');

// Nodes are immutable and an unchanged block is the same object in the next document, so each
// block's text is read once, not on every keystroke.
const arabicBlocks = new WeakMap<Node, boolean>();

function isArabic(block: Node, planLocale: string): boolean {
  let known = arabicBlocks.get(block);
  if (known === undefined) {
    known =
      partLanguageOf(block.attrs.lang) === null &&
      languageOfPart(block.textContent, planLocale) === 'ar';
    arabicBlocks.set(block, known);
  }
  return known;
}

/** The document's Arabic text blocks, marked `lang="ar"`. */
function marks(doc: Node, planLocale: string): DecorationSet {
  const found: Decoration[] = [];
  doc.descendants((node, pos) => {
    if (!node.isTextblock) return true;
    if (isArabic(node, planLocale))
      found.push(Decoration.node(pos, pos + node.nodeSize, { lang: 'ar' }));
    return false;
  });
  return DecorationSet.create(doc, found);
}

/** The extension, for a plan written in `planLocale`; nothing to mark in a plan written in Arabic. */
export function partLanguage(planLocale: string) {
  return Extension.create({
    name: 'partLanguage',
    addProseMirrorPlugins() {
      if (planLocale === 'ar') return [];
      return [
        new Plugin<DecorationSet>({
          key,
          state: {
            init: (_config, state) => marks(state.doc, planLocale),
            apply: (tr, current) => (tr.docChanged ? marks(tr.doc, planLocale) : current),
          },
          props: { decorations: (state) => key.getState(state) },
        }),
      ];
    },
  });
}
