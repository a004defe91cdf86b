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

  it('shows it once when the slot was split in the middle and the second half emptied', () => {
    expect(shown(slot('First half'), slot())).toEqual([]);
    expect(shown(slot(), slot('Second half'))).toEqual([hint]);
  });
});
