import type { Editor } from '@tiptap/core';
import type { Locale } from '@jumelage/contracts/constants';
import { currentDirection, type Direction } from './blockDirection.ts';
import { spokenLanguage } from './blockLanguage.ts';

/** What the toolbar shows as pressed or available, read from the editor after each transaction. */
export interface ToolbarState {
  bold: boolean;
  italic: boolean;
  strike: boolean;
  heading1: boolean;
  heading2: boolean;
  heading3: boolean;
  bulletList: boolean;
  orderedList: boolean;
  taskList: boolean;
  blockquote: boolean;
  link: boolean;
  isInTable: boolean;
  direction: Direction;
  /** The language the block at the cursor is read in. */
  language: Locale;
  canUndo: boolean;
  canRedo: boolean;
}

export function readToolbarState(editor: Editor, planLocale: Locale): ToolbarState {
  return {
    bold: editor.isActive('bold'),
    italic: editor.isActive('italic'),
    strike: editor.isActive('strike'),
    heading1: editor.isActive('heading', { level: 1 }),
    heading2: editor.isActive('heading', { level: 2 }),
    heading3: editor.isActive('heading', { level: 3 }),
    bulletList: editor.isActive('bulletList'),
    orderedList: editor.isActive('orderedList'),
    taskList: editor.isActive('taskList'),
    blockquote: editor.isActive('blockquote'),
    link: editor.isActive('link'),
    isInTable: editor.isActive('table'),
    direction: currentDirection(editor),
    language: spokenLanguage(editor, planLocale),
    canUndo: editor.can().undo(),
    canRedo: editor.can().redo(),
  };
}
