import { Node, type Extensions, type NodeViewRendererProps } from '@tiptap/core';
import type { TFunction } from 'i18next';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { createExtensions, type ExtensionOptions } from '@jumelage/editor/extensions';

/**
 * TipTap's task item as a browser shows it, for screen readers:
 * - the checkbox is named in the viewer's language (TipTap's default is English) after the task's
 *   first paragraph, not its whole content (a table in a task made every cell part of the name);
 * - the visually hidden copy of that name TipTap puts beside the checkbox is hidden from them
 *   too: the checkbox already carries it, so each task was read twice;
 * - the checkbox is disabled while the editor is read-only: an observer could focus and tick it,
 *   and nothing happened, without a word.
 */
function accessibleTaskItem(extension: Node, checkboxLabel: (taskText: string) => string): Node {
  return extension
    .extend({
      addNodeView() {
        const render = this.parent?.();
        const { editor } = this;
        if (typeof render !== 'function') return null;
        return (props: NodeViewRendererProps) => {
          const view = render(props);
          const item = view.dom instanceof HTMLElement ? view.dom : null;
          item?.querySelector(':scope > label > span')?.setAttribute('aria-hidden', 'true');
          const checkbox = item?.querySelector<HTMLInputElement>(':scope > label > input');
          const followEditable = () => {
            if (checkbox && checkbox.disabled === editor.isEditable) {
              checkbox.disabled = !editor.isEditable;
            }
          };
          followEditable();
          editor.on('update', followEditable);
          return {
            ...view,
            destroy() {
              editor.off('update', followEditable);
              view.destroy?.();
            },
          };
        };
      },
    })
    .configure({
      a11y: {
        checkboxLabel: (node: ProseMirrorNode) => checkboxLabel(node.firstChild?.textContent ?? ''),
      },
    });
}

/**
 * The shared extension list with what only a browser needs (accessible task checkboxes). The
 * schema stays exactly the shared one.
 */
export function planExtensions(options: ExtensionOptions, t: TFunction<'plans'>): Extensions {
  const checkboxLabel = (task: string) =>
    t('editor.taskCheckbox', { task: task || t('editor.emptyTask') });
  return createExtensions(options).map((extension) =>
    extension instanceof Node && extension.name === 'taskItem'
      ? accessibleTaskItem(extension, checkboxLabel)
      : extension,
  );
}
