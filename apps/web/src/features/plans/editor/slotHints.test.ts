import { describe, expect, it } from 'vitest';
import { getPlanSchema } from '@jumelage/editor/schema';
import { hintedSlots } from './slotHints.ts';

const hint = 'Describe the starting situation.';
const slot = (text = '') => ({
  type: 'paragraph',
  attrs: { hint },
  content: text ? [{ type: 'text', text }] : [],
});
const shown = (...content: object[]) =>
  hintedSlots(getPlanSchema().nodeFromJSON({ type: 'doc', content })).map((found) => found.hint);

describe('template slot hints', () => {
  it('shows a hint in its empty slot only', () => {
    expect(shown(slot())).toEqual([hint]);
    expect(shown(slot('Written'))).toEqual([]);
    expect(shown({ type: 'paragraph' })).toEqual([]);
  });

  it('hides it while any part of a split slot has text, and shows it once when all are emptied', () => {
    expect(shown(slot('First half'), slot())).toEqual([]);
    // Enter at the start of the text, to add a line above it.
    expect(shown(slot(), slot('Written'))).toEqual([]);
    expect(shown(slot(), slot(), slot())).toEqual([hint]);
    expect(shown(slot(), { type: 'paragraph' }, slot())).toEqual([hint, hint]);
  });
});
