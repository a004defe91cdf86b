import { combineTransactionSteps, Extension, getChangedRanges, getMarksBetween } from '@tiptap/core';
import type { MarkType } from '@tiptap/pm/model';
import { Plugin, PluginKey, type Transaction } from '@tiptap/pm/state';
import { tokenize } from 'linkifyjs';
import { isLinkable } from './links.ts';

// TipTap links the word before a typed space only when the whole word is an address (or one in
// brackets). A sentence usually ends with its address: "Infos unter www.wolfsburg.de/park." and
// "Mail: info@wolfsburg.de." stayed plain text, in the editor and in both exports (fifteenth QA
// pass). This links such an address and leaves the punctuation after it outside the link, as mail
// and office programs do. An address with nothing after it is TipTap's own autolink's.

const trailingPunctuation = /[.,;:!?]+$/;

/** The link mark to add for the word that ends `text` (followed by whitespace), if any. */
function linkBeforePunctuation(text: string): { start: number; end: number; href: string } | null {
  const trimmed = text.trimEnd();
  if (trimmed.length === text.length) return null;
  const word = trimmed.split(/\s/).pop() ?? '';
  const punctuation = trailingPunctuation.exec(word)?.[0];
  if (!punctuation) return null;
  const address = word.slice(0, -punctuation.length);
  const tokens = tokenize(address).map((token) => token.toObject('https'));
  const [link] = tokens;
  if (tokens.length !== 1 || !link?.isLink || !isLinkable(link.value)) return null;
  const start = trimmed.length - word.length;
  return { start, end: start + address.length, href: link.href };
}

/** The plugin, for a schema's link mark (exported for its test). */
export function autolinkPunctuationPlugin(linkType: MarkType): Plugin {
  return new Plugin({
    key: new PluginKey('autolinkBeforePunctuation'),
    appendTransaction: (transactions: readonly Transaction[], oldState, newState) => {
      const isTyped = transactions.some((tr) => tr.docChanged) && !transactions.some((tr) => tr.getMeta('preventAutolink'));
      // Every keystroke comes here: only one right after a space can end an address.
      const { $head } = newState.selection;
      const isAfterSpace = /\s/.test($head.parent.textBetween(Math.max(0, $head.parentOffset - 1), $head.parentOffset, undefined, ' '));
      if (!isTyped || !isAfterSpace) return null;
      const tr = newState.tr;
      for (const { newRange } of getChangedRanges(combineTransactionSteps(oldState.doc, [...transactions]))) {
        const $end = newState.doc.resolve(newRange.to);
        if (!$end.parent.isTextblock) continue;
        const found = linkBeforePunctuation(newState.doc.textBetween($end.start(), newRange.to, undefined, ' '));
        if (!found) continue;
        const [from, to] = [$end.start() + found.start, $end.start() + found.end];
        if (getMarksBetween(from, to, newState.doc).some(({ mark }) => mark.type === linkType)) continue;
        tr.addMark(from, to, linkType.create({ href: found.href }));
      }
      return tr.steps.length > 0 ? tr : null;
    },
  });
}

export const autolinkPunctuation = Extension.create({
  name: 'autolinkBeforePunctuation',
  addProseMirrorPlugins() {
    const linkType = this.editor.schema.marks.link;
    return linkType ? [autolinkPunctuationPlugin(linkType)] : [];
  },
});
