import type { ReactNode } from 'react';
import type { Editor } from '@tiptap/core';
import type { TFunction } from 'i18next';
import { headingLevels } from '@jumelage/editor/extensions';
import { directions, insertTable, setBlockDirection } from './blockDirection.ts';
import { icons } from './icons.tsx';
import { tableMenu } from './tableTools.ts';
import type { ToolbarState } from './toolbarState.ts';

export interface ToolbarItem {
  key: string;
  label: string;
  /** Without an icon the label itself is shown. */
  icon: ReactNode | null;
  /** Toggle buttons report their state as aria-pressed; plain actions leave it undefined. */
  isPressed?: boolean;
  isDisabled?: boolean;
  /** Opens a dialog (aria-haspopup). */
  opensDialog?: boolean;
  /** Opens a menu of these items instead of running anything itself. */
  menu?: ToolbarItem[];
  run: () => void;
}

export interface ToolbarGroup {
  key: string;
  label: string;
  items: ToolbarItem[];
}

const letter = (text: string, className: string) => (
  <span className={`plan-toolbar__letter ${className}`} aria-hidden="true">
    {text}
  </span>
);

/** The toolbar's buttons in order, grouped; inside a table, the table button opens its tools. */
export function toolbarGroups(
  editor: Editor,
  state: ToolbarState,
  t: TFunction<'plans'>,
  dialogs: { openLink: () => void; openLanguage: () => void },
): ToolbarGroup[] {
  const chain = () => editor.chain().focus();
  return [
    {
      key: 'text',
      label: t('toolbar.groups.text'),
      items: [
        {
          key: 'bold',
          label: t('toolbar.bold'),
          icon: letter('B', 'plan-toolbar__letter--bold'),
          isPressed: state.bold,
          run: () => chain().toggleBold().run(),
        },
        {
          key: 'italic',
          label: t('toolbar.italic'),
          icon: letter('I', 'plan-toolbar__letter--italic'),
          isPressed: state.italic,
          run: () => chain().toggleItalic().run(),
        },
        {
          key: 'strike',
          label: t('toolbar.strike'),
          icon: letter('S', 'plan-toolbar__letter--strike'),
          isPressed: state.strike,
          run: () => chain().toggleStrike().run(),
        },
      ],
    },
    {
      key: 'blocks',
      label: t('toolbar.groups.blocks'),
      items: [
        // The label contains the visible "H1" so that voice control users can say it (WCAG 2.5.3).
        ...headingLevels.map((level) => ({
          key: `heading${level}`,
          label: t('toolbar.heading', { level }),
          icon: letter(`H${level}`, 'plan-toolbar__letter--heading'),
          isPressed: state[`heading${level}`],
          run: () => chain().toggleHeading({ level }).run(),
        })),
        {
          key: 'bulletList',
          label: t('toolbar.bulletList'),
          icon: icons.bulletList,
          isPressed: state.bulletList,
          run: () => chain().toggleBulletList().run(),
        },
        {
          key: 'orderedList',
          label: t('toolbar.orderedList'),
          icon: icons.orderedList,
          isPressed: state.orderedList,
          run: () => chain().toggleOrderedList().run(),
        },
        {
          key: 'taskList',
          label: t('toolbar.taskList'),
          icon: icons.taskList,
          isPressed: state.taskList,
          run: () => chain().toggleTaskList().run(),
        },
        {
          key: 'blockquote',
          label: t('toolbar.blockquote'),
          icon: icons.blockquote,
          isPressed: state.blockquote,
          run: () => chain().toggleBlockquote().run(),
        },
      ],
    },
    {
      key: 'insert',
      label: t('toolbar.groups.insert'),
      items: [
        {
          key: 'link',
          label: t('toolbar.link'),
          icon: icons.link,
          opensDialog: true,
          run: dialogs.openLink,
        },
        {
          key: 'unlink',
          label: t('toolbar.unlink'),
          icon: icons.unlink,
          isDisabled: !state.link,
          run: () => chain().extendMarkRange('link').unsetLink().run(),
        },
        state.isInTable
          ? {
              key: 'tableMenu',
              label: t('toolbar.tableMenu'),
              icon: icons.table,
              menu: tableMenu(chain, t),
              run: () => undefined,
            }
          : {
              key: 'table',
              label: t('toolbar.insertTable'),
              icon: icons.table,
              run: () => insertTable(editor),
            },
      ],
    },
    {
      key: 'direction',
      label: t('toolbar.groups.direction'),
      items: directions.map((dir) => ({
        key: `dir-${dir}`,
        label: t(`toolbar.direction.${dir}`),
        icon: icons[dir],
        isPressed: state.direction === dir,
        run: () => setBlockDirection(editor, dir),
      })),
    },
    {
      key: 'language',
      label: t('toolbar.groups.language'),
      items: [
        {
          // The label holds the visible code ("FR") for voice control users (WCAG 2.5.3).
          key: 'language',
          label: t('toolbar.language', { code: state.language.toUpperCase() }),
          icon: letter(state.language.toUpperCase(), 'plan-toolbar__letter--code'),
          opensDialog: true,
          run: dialogs.openLanguage,
        },
      ],
    },
    {
      key: 'history',
      label: t('toolbar.groups.history'),
      items: [
        {
          key: 'undo',
          label: t('toolbar.undo'),
          icon: icons.undo,
          isDisabled: !state.canUndo,
          run: () => chain().undo().run(),
        },
        {
          key: 'redo',
          label: t('toolbar.redo'),
          icon: icons.redo,
          isDisabled: !state.canRedo,
          run: () => chain().redo().run(),
        },
      ],
    },
  ];
}
