import * as Y from 'yjs';
import { planLimits } from '@jumelage/contracts/constants';
import { planFragmentName } from './yjs.ts';

/**
 * The first `maxLength` characters of the document's plain text, blocks separated by a space. It
 * walks the Yjs types directly and stops early, so it stays cheap on every store of a large document.
 */
export function textPreview(doc: Y.Doc, maxLength: number = planLimits.textPreviewLength): string {
  const parts: string[] = [];
  let length = 0;
  const visit = (type: Y.XmlFragment | Y.XmlElement): void => {
    for (const child of type.toArray()) {
      if (length >= maxLength) return;
      if (child instanceof Y.XmlText) {
        const text = textOf(child).replace(/\s+/g, ' ').trim();
        if (text) {
          parts.push(text);
          length += text.length + 1;
        }
      } else if (child instanceof Y.XmlElement) {
        visit(child);
      }
    }
  };
  visit(doc.getXmlFragment(planFragmentName));
  // Counted in code points, so an emoji or a combining pair is never cut in half.
  const chars = Array.from(parts.join(' '));
  return chars.length > maxLength ? `${chars.slice(0, maxLength - 1).join('').trimEnd()}…` : chars.join('');
}

function textOf(text: Y.XmlText): string {
  let result = '';
  for (const op of text.toDelta()) {
    if (typeof op === 'object' && op !== null && 'insert' in op && typeof op.insert === 'string') result += op.insert;
  }
  return result;
}
