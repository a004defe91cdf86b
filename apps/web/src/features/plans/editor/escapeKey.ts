import { Extension } from '@tiptap/core';

/**
 * Escape moves focus from the text to the toolbar. Tab cannot do it: inside tables and lists it
 * moves between cells and indents items, so without this the keyboard could not leave the editor.
 */
export function leaveWithEscape(editorId: string) {
  return Extension.create({
    name: 'leaveWithEscape',
    addKeyboardShortcuts() {
      return {
        Escape: () => {
          const toolbar = document.querySelector(
            `[role="toolbar"][aria-controls="${CSS.escape(editorId)}"]`,
          );
          const target = toolbar?.querySelector<HTMLElement>('[data-toolbar-item][tabindex="0"]');
          if (!target) return false;
          target.focus();
          return true;
        },
      };
    },
  });
}
