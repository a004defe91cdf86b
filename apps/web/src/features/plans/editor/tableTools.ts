import type { Editor } from '@tiptap/core';
import type { TFunction } from 'i18next';
import type { ToolbarGroup, ToolbarItem } from './toolbarItems.tsx';

/** Row, column and table tools, shown while the cursor is inside a table; labelled by text, not icons. */
export function tableGroup(
  chain: () => ReturnType<Editor['chain']>,
  t: TFunction<'plans'>,
): ToolbarGroup {
  const item = (
    key: 'addRow' | 'deleteRow' | 'addColumn' | 'deleteColumn' | 'deleteTable',
    run: () => boolean,
  ): ToolbarItem => ({
    key,
    label: t(`toolbar.tableTools.${key}`),
    icon: null,
    run: () => void run(),
  });
  return {
    key: 'table',
    label: t('toolbar.groups.table'),
    items: [
      item('addRow', () => chain().addRowAfter().run()),
      item('deleteRow', () => chain().deleteRow().run()),
      item('addColumn', () => chain().addColumnAfter().run()),
      item('deleteColumn', () => chain().deleteColumn().run()),
      item('deleteTable', () => chain().deleteTable().run()),
    ],
  };
}
