import type { Extensions } from '@tiptap/core';
import { createExtensions, type ExtensionOptions } from '@jumelage/editor/extensions';

/**
 * The shared extension list with what only a browser needs: task checkboxes named in the viewer's
 * language (TipTap's default label is English). The schema stays exactly the shared one.
 */
export function planExtensions(
  options: ExtensionOptions,
  checkboxLabel: (taskText: string) => string,
): Extensions {
  return createExtensions(options).map((extension) =>
    extension.name === 'taskItem'
      ? extension.configure({
          a11y: {
            checkboxLabel: (node: { textContent: string }) => checkboxLabel(node.textContent),
          },
        })
      : extension,
  );
}
