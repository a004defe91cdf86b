import { findParentNode, type Editor } from '@tiptap/core';
import { firstSelectedTextblock, setOnSelectedBlocks } from './selectedBlocks.ts';

export const directions = ['auto', 'ltr', 'rtl'] as const;
export type Direction = (typeof directions)[number];

const listItems = new Set(['listItem', 'taskItem']);

export function isDirection(value: unknown): value is Direction {
  return directions.some((direction) => direction === value);
}

/** The `dir` of the paragraph or heading the selection starts in. */
export function currentDirection(editor: Editor): Direction {
  const { dir } = firstSelectedTextblock(editor.state).attrs;
  return isDirection(dir) ? dir : 'auto';
}

/**
 * Sets the text direction of the selected paragraphs and headings and of the list items around
 * them (so the bullet moves to the same side), but not of tables or whole lists: one Arabic line
 * in a German list stays an Arabic line.
 */
export function setBlockDirection(editor: Editor, dir: Direction): void {
  setOnSelectedBlocks(editor, { dir }, listItems);
  editor.commands.focus();
}

/** Whether the text at the cursor runs right to left as displayed (also for dir="auto" blocks). */
function isRightToLeftAtCursor(editor: Editor): boolean {
  const { node } = editor.view.domAtPos(editor.state.selection.from);
  const element = node instanceof Element ? node : node.parentElement;
  return element !== null && getComputedStyle(element).direction === 'rtl';
}

/**
 * Inserts a 3x3 table with a header row. In Arabic text it runs right to left; on an empty line it
 * follows what is typed in its first cell (in a plan written in Arabic it starts at the right, as
 * an empty paragraph does): there it took the plan's direction, and German typed into it by
 * someone in Wolfsburg ran from the right (QA pass).
 */
export function insertTable(editor: Editor): void {
  const isEmptyLine = firstSelectedTextblock(editor.state).content.size === 0;
  const dir = !isEmptyLine && isRightToLeftAtCursor(editor) ? 'rtl' : 'auto';
  editor
    .chain()
    .focus()
    .insertTable({ rows: 3, cols: 3, withHeaderRow: true })
    .command(({ tr }) => {
      const table = findParentNode((node) => node.type.name === 'table')(tr.selection);
      if (table && dir === 'rtl')
        tr.setNodeMarkup(table.pos, undefined, { ...table.node.attrs, dir });
      return true;
    })
    .run();
}
