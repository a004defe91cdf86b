import { describe, expect, it } from 'vitest';
import { EditorState, TextSelection } from '@tiptap/pm/state';
import { CellSelection } from '@tiptap/pm/tables';
import type { Node } from '@tiptap/pm/model';
import { getPlanSchema } from '@jumelage/editor/schema';
import { firstSelectedTextblock, markSelectedBlocks } from './selectedBlocks.ts';

const schema = getPlanSchema();
const paragraph = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });
const cell = (text: string) => ({ type: 'tableCell', content: [paragraph(text)] });
const doc = schema.nodeFromJSON({
  type: 'doc',
  content: [
    paragraph('Der Park'),
    { type: 'table', content: [{ type: 'tableRow', content: [cell('arbres'), cell('bancs')] }] },
  ],
});

/** Positions of the table cells, in order. */
function cellPositions(root: Node): number[] {
  const found: number[] = [];
  root.descendants((node, pos) => {
    if (node.type.name === 'tableCell') found.push(pos);
  });
  return found;
}

const langs = (root: Node) => {
  const found: Array<[string, unknown]> = [];
  root.descendants((node) => {
    if (node.isTextblock) found.push([node.textContent, node.attrs.lang]);
  });
  return found;
};

describe('block tools on the selection', () => {
  it('mark every cell of a selection of several table cells, and show the first one', () => {
    const [first = 0, second = 0] = cellPositions(doc);
    const state = EditorState.create({ doc, selection: CellSelection.create(doc, first, second) });
    expect(firstSelectedTextblock(state).textContent).toBe('arbres');
    const tr = state.tr;
    markSelectedBlocks(tr, state, { lang: 'fr' });
    expect(langs(tr.doc)).toEqual([
      ['Der Park', null],
      ['arbres', 'fr'],
      ['bancs', 'fr'],
    ]);
  });

  it('mark the paragraph at a cursor and nothing else', () => {
    const state = EditorState.create({ doc, selection: TextSelection.create(doc, 3) });
    expect(firstSelectedTextblock(state).textContent).toBe('Der Park');
    const tr = state.tr;
    markSelectedBlocks(tr, state, { lang: 'de' });
    expect(langs(tr.doc)).toEqual([
      ['Der Park', 'de'],
      ['arbres', null],
      ['bancs', null],
    ]);
  });
});
