import { getMarkRange, type Editor } from '@tiptap/core';

/**
 * The link the selection is in, or that an empty selection touches. Links are not inclusive (text
 * typed after one stays plain), so a caret at a link's end is outside it for TipTap's
 * `isActive('link')`; people still mean that link when they ask to change its address there.
 */
export function linkAtCaret(editor: Editor): { from: number; to: number; href: string } | null {
  const { state } = editor;
  const type = state.schema.marks.link;
  if (!type) return null;
  const range = getMarkRange(state.selection.$from, type);
  if (!range) return null;
  const href: unknown = state.doc.nodeAt(range.from)?.marks.find((mark) => mark.type === type)
    ?.attrs.href;
  return typeof href === 'string' ? { ...range, href } : null;
}
