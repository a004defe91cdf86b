import type { Editor } from '@tiptap/core';
import type { Locale } from '@jumelage/contracts/constants';
import { languageOfBlock, partLanguageOf } from '@jumelage/editor/script';
import { firstSelectedTextblock, setOnSelectedBlocks } from './selectedBlocks.ts';

// The language of a paragraph or heading (WCAG 3.1.2, language of parts): the `lang` attribute of
// the plan schema (`@jumelage/editor/extensions`), null for "automatic".

/** The language the first selected paragraph or heading was marked with; null when none was. */
export function markedLanguage(editor: Editor): Locale | null {
  return partLanguageOf(firstSelectedTextblock(editor.state).attrs.lang);
}

/** The language that block is read in: its mark, else Arabic for Arabic text, else the plan's. */
export function spokenLanguage(editor: Editor, planLocale: Locale): Locale {
  const block = firstSelectedTextblock(editor.state);
  return languageOfBlock(block.textContent, block.attrs.lang, planLocale) ?? planLocale;
}

/**
 * Marks every selected paragraph and heading as written in `lang` (null: automatic again). Focus
 * stays where it is: the dialog that asks returns it to the toolbar button as it closes.
 */
export function setBlockLanguage(editor: Editor, lang: Locale | null): void {
  setOnSelectedBlocks(editor, { lang });
}
