import type { CommandProps, Editor } from '@tiptap/core';
import { TextSelection } from '@tiptap/pm/state';
import { cellAround, nextCell } from '@tiptap/pm/tables';
import type { TFunction } from 'i18next';
import type { ToolbarItem } from './toolbarItems.tsx';

/**
 * Puts the caret into the cell just added below (a row) or after (a column) the caret's cell:
 * it stayed in the old cell, and what a keyboard user typed next went there, with nothing saying
 * where the new cells were (fifteenth QA pass).
 */
const intoAddedCell =
  (axis: 'horiz' | 'vert') =>
  ({ tr }: CommandProps): boolean => {
    const $cell = cellAround(tr.selection.$head);
    const $added = $cell ? nextCell($cell, axis, 1) : null;
    if (!$added) return false;
    tr.setSelection(TextSelection.near(tr.doc.resolve($added.pos + 1)));
    return true;
  };

/**
 * Row, column and table tools, in the menu of the table button while the cursor is inside a table;
 * labelled by text, not icons. As a menu they keep the toolbar as wide as elsewhere (five text
 * buttons in the toolbar pushed direction, language and undo out of view at 1280 pixels).
 */
export function tableMenu(
  chain: () => ReturnType<Editor['chain']>,
  t: TFunction<'plans'>,
): ToolbarItem[] {
  const item = (
    key: 'addRow' | 'deleteRow' | 'addColumn' | 'deleteColumn' | 'deleteTable',
    run: () => boolean,
  ): ToolbarItem => ({
    key,
    label: t(`toolbar.tableTools.${key}`),
    icon: null,
    run: () => void run(),
  });
  return [
    item('addRow', () => chain().addRowAfter().command(intoAddedCell('vert')).run()),
    item('deleteRow', () => chain().deleteRow().run()),
    item('addColumn', () => chain().addColumnAfter().command(intoAddedCell('horiz')).run()),
    item('deleteColumn', () => chain().deleteColumn().run()),
    item('deleteTable', () => chain().deleteTable().run()),
  ];
}
