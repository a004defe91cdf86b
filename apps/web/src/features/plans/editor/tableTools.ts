import type { Editor } from '@tiptap/core';
import type { TFunction } from 'i18next';
import type { ToolbarItem } from './toolbarItems.tsx';

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
    item('addRow', () => chain().addRowAfter().run()),
    item('deleteRow', () => chain().deleteRow().run()),
    item('addColumn', () => chain().addColumnAfter().run()),
    item('deleteColumn', () => chain().deleteColumn().run()),
    item('deleteTable', () => chain().deleteTable().run()),
  ];
}
