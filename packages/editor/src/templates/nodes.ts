import type { JSONContent } from '@tiptap/core';
import type { Locale } from '@jumelage/contracts/constants';

// Small builders of ProseMirror JSON for the schema of `createExtensions`. Every block with text, and
// every list and table, carries the template's text direction, so an Arabic plan reads right to left
// from its first line; the empty slots to type into follow their text.

export type Direction = 'ltr' | 'rtl' | 'auto';

const text = (value: string): JSONContent[] => (value ? [{ type: 'text', text: value }] : []);

export function heading(level: 1 | 2 | 3, value: string, dir: Direction): JSONContent {
  return { type: 'heading', attrs: { level, dir }, content: text(value) };
}

/** An empty slot to type into follows its text: German typed into an Arabic plan runs left to right. */
const slotDirection = (value: string, dir: Direction): Direction => (value ? dir : 'auto');

/**
 * A paragraph; an empty one is a slot to type into and follows its text ('auto'). `lang` marks one
 * written in another language than the plan's (the `blockLanguage` attribute).
 */
export function paragraph(value: string, dir: Direction, lang?: Locale): JSONContent {
  const attrs = { dir: slotDirection(value, dir), ...(lang ? { lang } : {}) };
  return { type: 'paragraph', attrs, content: text(value) };
}

/**
 * An empty paragraph to type into, with a hint for the authors that the editor shows until
 * something is written there (the `hint` attribute, not text: it is neither typed over nor
 * exported). Like every empty slot it follows its text; the hint is shown in the plan's direction.
 */
export function hint(value: string): JSONContent {
  return { type: 'paragraph', attrs: { dir: 'auto', hint: value }, content: [] };
}

const listItem = (type: 'listItem' | 'taskItem', value: string, dir: Direction): JSONContent => {
  const itemDir = slotDirection(value, dir);
  return { type, attrs: type === 'taskItem' ? { dir: itemDir, checked: false } : { dir: itemDir }, content: [paragraph(value, dir)] };
};

/** A list with the given items, or one empty item to type into. */
export function list(type: 'bulletList' | 'orderedList' | 'taskList', items: readonly string[], dir: Direction): JSONContent {
  const itemType = type === 'taskList' ? 'taskItem' : 'listItem';
  const values = items.length > 0 ? items : [''];
  return { type, attrs: { dir }, content: values.map((value) => listItem(itemType, value, dir)) };
}

const cell = (type: 'tableHeader' | 'tableCell', value: string, dir: Direction): JSONContent => ({
  type,
  attrs: { dir },
  content: [paragraph(value, dir)],
});

/** A table with a header row and the given rows, by default one empty row to fill in. */
export function table(headers: readonly string[], dir: Direction, rows: readonly (readonly string[])[] = [headers.map(() => '')]): JSONContent {
  return {
    type: 'table',
    attrs: { dir },
    content: [
      { type: 'tableRow', attrs: { dir }, content: headers.map((value) => cell('tableHeader', value, dir)) },
      ...rows.map((row) => ({ type: 'tableRow', attrs: { dir }, content: row.map((value) => cell('tableCell', value, dir)) })),
    ],
  };
}

/** The root carries no direction: Yjs keeps no attributes on the root fragment, so blocks carry it. */
export function doc(content: JSONContent[]): JSONContent {
  return { type: 'doc', content };
}
