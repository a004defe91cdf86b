import * as Y from 'yjs';
import { planLimits } from '@jumelage/contracts/constants';
import { partLanguageOf } from './script.ts';
import { planFragmentName } from './yjs.ts';

/** The blocks that can be marked with a language (the schema's `lang` attribute); a mark elsewhere is none. */
const markedBlocks = new Set(['paragraph', 'heading']);

/** A plan's preview: its text, one line per block, and the language each line's block was marked with. */
export interface PlanPreview {
  textPreview: string;
  /** One entry per line of `textPreview`: the block's `lang` mark ('fr'), or '' for none. */
  previewLanguages: string[];
}

/**
 * The first `maxLength` characters of the document's plain text, one line per block (a plan list
 * shows each in its own direction and language: an Arabic block before a German one must not
 * reorder the German words). It walks the Yjs types directly and stops early, so it stays cheap
 * on every store of a large document.
 */
export function planPreview(doc: Y.Doc, maxLength: number = planLimits.textPreviewLength): PlanPreview {
  const parts: string[] = [];
  const languages: string[] = [];
  let length = 0;
  const visit = (type: Y.XmlFragment | Y.XmlElement): void => {
    for (const child of type.toArray()) {
      if (length >= maxLength) return;
      if (child instanceof Y.XmlText) {
        const text = textOf(child, maxLength - length);
        if (text) {
          parts.push(text);
          const isMarkable = type instanceof Y.XmlElement && markedBlocks.has(type.nodeName);
          languages.push(isMarkable ? (partLanguageOf(type.getAttribute('lang')) ?? '') : '');
          length += text.length + 1;
        }
      } else if (child instanceof Y.XmlElement) {
        visit(child);
      }
    }
  };
  visit(doc.getXmlFragment(planFragmentName));
  // Counted in code points, so an emoji or a combining pair is never cut in half.
  const chars = Array.from(parts.join('\n'));
  const textPreview = chars.length > maxLength ? `${chars.slice(0, maxLength - 1).join('').trimEnd()}…` : chars.join('');
  return { textPreview, previewLanguages: languages.slice(0, textPreview.split('\n').length) };
}

const collapseWhitespace = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * The text with whitespace collapsed, read only as far as `maxLength` characters need: it walks
 * Yjs's item list instead of `toDelta()`, which would copy the whole paragraph first (one
 * paragraph may hold a whole pasted report and this runs on every store).
 */
function textOf(text: Y.XmlText, maxLength: number): string {
  let raw = '';
  let checkAt = maxLength;
  for (let item = text._start; item !== null; item = item.right) {
    if (item.deleted || !(item.content instanceof Y.ContentString)) continue;
    raw += item.content.str;
    if (raw.length <= checkAt) continue;
    // Collapsing may shorten it, so check again only once the raw text has doubled.
    if (collapseWhitespace(raw).length > maxLength) break;
    checkAt = raw.length * 2;
  }
  return collapseWhitespace(raw);
}
