import type { Editor } from '@tiptap/core';
import type { Locale } from '@jumelage/contracts/constants';
import { languageOfBlock, partLanguageOf } from '@jumelage/editor/script';

// The language of a paragraph or heading (WCAG 3.1.2, language of parts): the `lang` attribute of
// the plan schema (`@jumelage/editor/extensions`), null for "automatic".

/** The language the paragraph or heading at the cursor was marked with; null when none was. */
export function markedLanguage(editor: Editor): Locale | null {
  return partLanguageOf(editor.state.selection.$from.parent.attrs.lang);
}

/** The language the block at the cursor is read in: its mark, else Arabic for Arabic text, else the plan's. */
export function spokenLanguage(editor: Editor, planLocale: Locale): Locale {
  const block = editor.state.selection.$from.parent;
  return languageOfBlock(block.textContent, block.attrs.lang, planLocale) ?? planLocale;
}

/**
 * Marks every selected paragraph and heading as written in `lang` (null: automatic again). Focus
 * stays where it is: the dialog that asks returns it to the toolbar button as it closes.
 */
export function setBlockLanguage(editor: Editor, lang: Locale | null): void {
  editor
    .chain()
    .command(({ tr, state }) => {
      const { from, to } = state.selection;
      state.doc.nodesBetween(from, to, (node, pos) => {
        if (node.isTextblock && 'lang' in node.attrs) {
          tr.setNodeMarkup(pos, undefined, { ...node.attrs, lang });
        }
      });
      return true;
    })
    .run();
}
