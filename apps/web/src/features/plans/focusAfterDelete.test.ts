import { describe, expect, it } from 'vitest';
import { planAfterDeletion } from './focusAfterDelete.ts';

const plans = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];

describe('planAfterDeletion', () => {
  it('moves on to the next plan', () => {
    expect(planAfterDeletion(plans, 'a')).toBe('b');
    expect(planAfterDeletion(plans, 'b')).toBe('c');
  });

  it('goes back to the previous plan when the last one was deleted', () => {
    expect(planAfterDeletion(plans, 'c')).toBe('b');
  });

  it('finds none when the only plan was deleted', () => {
    expect(planAfterDeletion([{ id: 'a' }], 'a')).toBeNull();
  });

  it('takes the first plan when the deleted one had already left the list', () => {
    expect(planAfterDeletion(plans, 'x')).toBe('a');
  });
});
