import { describe, expect, it } from 'vitest';
import { EditorState } from '@tiptap/pm/state';
import { autolinkPunctuationPlugin } from './autolinkPunctuation.ts';
import { getPlanSchema } from './schema.ts';

const schema = getPlanSchema();
const linkType = schema.marks.link;

/** Types `typed` at the end of an empty paragraph, one insertion per character, as a person does. */
function type(typed: string) {
  if (!linkType) throw new Error('no link mark');
  let state = EditorState.create({ doc: schema.nodeFromJSON({ type: 'doc', content: [{ type: 'paragraph' }] }), plugins: [autolinkPunctuationPlugin(linkType)] });
  for (const char of typed) state = state.apply(state.tr.insertText(char));
  const links: Array<[string, unknown]> = [];
  state.doc.descendants((node) => {
    const link = node.marks.find((mark) => mark.type === linkType);
    if (node.isText && link) links.push([node.text ?? '', link.attrs.href]);
  });
  return links;
}

describe('autolink before punctuation', () => {
  it('links an address that ends a sentence, leaving the full stop, comma or colon outside', () => {
    expect(type('Mail: info@wolfsburg.de. ')).toEqual([['info@wolfsburg.de', 'mailto:info@wolfsburg.de']]);
    expect(type('Infos unter www.wolfsburg.de/park, dann ')).toEqual([['www.wolfsburg.de/park', 'https://www.wolfsburg.de/park']]);
    expect(type('Siehe https://example.org/x: ')).toEqual([['https://example.org/x', 'https://example.org/x']]);
  });

  it('links nothing before the space is typed, nothing that is not an address, and no unsafe scheme', () => {
    expect(type('Mail: info@wolfsburg.de.')).toEqual([]);
    expect(type('Das ist gut. ')).toEqual([]);
    expect(type('javascript:alert(1). ')).toEqual([]);
    // An address with nothing after it is left to TipTap's own autolink.
    expect(type('www.wolfsburg.de ')).toEqual([]);
  });
});
