import { Node, type Extensions, type NodeViewRendererProps } from '@tiptap/core';
import type { i18n as I18n } from 'i18next';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import type { ViewMutationRecord } from '@tiptap/pm/view';
import { createExtensions, type ExtensionOptions } from '@jumelage/editor/extensions';
import { headingLevelsBelowPage } from './headingLevels.ts';

/**
 * TipTap's task item as a browser shows it, for screen readers:
 * - the checkbox is named in the viewer's language (TipTap's default is English) after the task's
 *   first paragraph, not its whole content (a table in a task made every cell part of the name);
 * - the visually hidden copy of that name TipTap puts beside the checkbox is hidden from them
 *   too: the checkbox already carries it, so each task was read twice;
 * - the checkbox is disabled while the editor is read-only: an observer could focus and tick it,
 *   and nothing happened, without a word;
 * - that hidden copy, in the viewer's language, has a `dir` of its own, so the task's direction
 *   comes from the task's text: in the Arabic interface every German task was set right to left;
 * - the name follows a change of the interface language (it stayed in the old one until a reload).
 */
function accessibleTaskItem(
  extension: Node,
  checkboxLabel: (node: ProseMirrorNode) => string,
  i18n: I18n,
): Node {
  return extension
    .extend({
      addNodeView() {
        const render = this.parent?.();
        const { editor } = this;
        if (typeof render !== 'function') return null;
        return (props: NodeViewRendererProps) => {
          const view = render(props);
          const item = view.dom instanceof HTMLElement ? view.dom : null;
          const hiddenName = item?.querySelector(':scope > label > span');
          hiddenName?.setAttribute('aria-hidden', 'true');
          hiddenName?.setAttribute('dir', 'auto');
          const checkbox = item?.querySelector<HTMLInputElement>(':scope > label > input');
          const followEditable = () => {
            if (checkbox && checkbox.disabled === editor.isEditable) {
              checkbox.disabled = !editor.isEditable;
            }
          };
          let node = props.node;
          const rename = () => {
            const name = checkboxLabel(node);
            checkbox?.setAttribute('aria-label', name);
            if (hiddenName) hiddenName.textContent = name;
          };
          followEditable();
          editor.on('update', followEditable);
          i18n.on('languageChanged', rename);
          return {
            ...view,
            // Renaming (above) is not an edit: ProseMirror would read the item back from the page.
            ignoreMutation: (mutation: ViewMutationRecord) =>
              (hiddenName?.parentElement?.contains(mutation.target) ?? false) ||
              (view.ignoreMutation?.(mutation) ?? false),
            update(...args: Parameters<NonNullable<typeof view.update>>) {
              const isUpdated = view.update?.(...args) ?? false;
              if (isUpdated) node = args[0];
              return isUpdated;
            },
            destroy() {
              editor.off('update', followEditable);
              i18n.off('languageChanged', rename);
              view.destroy?.();
            },
          };
        };
      },
    })
    .configure({ a11y: { checkboxLabel } });
}

/**
 * The shared extension list with what only a browser needs (accessible task checkboxes, heading
 * levels below the page's title). The schema stays exactly the shared one.
 */
export function planExtensions(options: ExtensionOptions, i18n: I18n): Extensions {
  // Not fixed to a language: each name is made in the one shown at the time.
  const t = i18n.getFixedT(null, 'plans');
  const checkboxLabel = (node: ProseMirrorNode) =>
    t('editor.taskCheckbox', { task: node.firstChild?.textContent || t('editor.emptyTask') });
  return [
    ...createExtensions(options).map((extension) =>
      extension instanceof Node && extension.name === 'taskItem'
        ? accessibleTaskItem(extension, checkboxLabel, i18n)
        : extension,
    ),
    headingLevelsBelowPage,
  ];
}
