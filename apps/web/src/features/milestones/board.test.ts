import { generateKeyBetween } from 'fractional-indexing';
import { describe, expect, it } from 'vitest';
import { newObjectId } from '../../lib/newObjectId.ts';
import { applyIfNewer, changedFields, groupByStatus, positionBetween, rollBack } from './board.ts';
import { targetAtEnd, targetByStep, targetFromOrder } from './moves.ts';
import { testMilestone as milestone } from './testMilestone.ts';

describe('board', () => {
  it('orders each column by position as the database does (code units, not locale)', () => {
    const columns = groupByStatus([
      milestone('b', { position: 'a1' }),
      milestone('c', { position: 'Zz' }),
      milestone('a', { position: 'a0V' }),
      milestone('d', { status: 'done', position: 'a0' }),
    ]);
    expect(columns.planned.map((m) => m.id)).toEqual(['c', 'a', 'b']);
    expect(columns.done.map((m) => m.id)).toEqual(['d']);
  });

  it('computes keys between neighbours, at the ends, and past duplicate keys', () => {
    const a = generateKeyBetween(null, null);
    const b = generateKeyBetween(a, null);
    const between = positionBetween(a, b);
    expect(a < between && between < b).toBe(true);
    expect(positionBetween(null, a) < a).toBe(true);
    expect(positionBetween(b, null) > b).toBe(true);
    expect(positionBetween(a, a) > a).toBe(true);
  });

  it('applies a remote change only when its version is newer', () => {
    const list = [milestone('x', { version: 2, title: 'mine' })];
    expect(applyIfNewer(list, milestone('x', { version: 2, title: 'echo' }))).toBe(list);
    expect(applyIfNewer(list, milestone('x', { version: 3, title: 'theirs' }))[0]?.title).toBe(
      'theirs',
    );
    expect(applyIfNewer(list, milestone('y'))).toHaveLength(2);
  });

  it('puts a failed move back, unless a newer version (the move made after all) came meanwhile', () => {
    const before = milestone('x', { version: 2, status: 'planned' });
    const optimistic = [{ ...before, status: 'in_progress' as const }];
    expect(rollBack(optimistic, before)[0]?.status).toBe('planned');
    const made = [milestone('x', { version: 3, status: 'in_progress' })];
    expect(rollBack(made, before)).toBe(made);
  });

  it('makes ids of new milestones in ObjectId form, from the time and then at random', () => {
    const now = Date.parse('2026-11-24T10:00:00Z');
    const [a, b] = [newObjectId(now), newObjectId(now)];
    expect(a).toMatch(/^[0-9a-f]{24}$/);
    expect(parseInt(a.slice(0, 8), 16)).toBe(now / 1000);
    expect(a).not.toBe(b);
  });

  it('reports changed fields, treating owner lists as sets', () => {
    const before = milestone('x', { ownerIds: ['1', '2'] });
    expect(changedFields(before, { ...before, ownerIds: ['2', '1'] })).toEqual([]);
    expect(changedFields(before, { ...before, status: 'done', dueOn: '2027-01-01' })).toEqual([
      'status',
      'dueOn',
    ]);
  });
});

describe('move targets', () => {
  const [a, b, c] = [
    milestone('a', { position: 'a0' }),
    milestone('b', { position: 'a1' }),
    milestone('c', { position: 'a2' }),
  ];
  const columns = groupByStatus([a, b, c, milestone('d', { status: 'done', position: 'a0' })]);

  it('moves to the end of another column', () => {
    expect(targetAtEnd(a, 'done', columns)).toMatchObject({
      status: 'done',
      before: { id: 'd' },
      after: null,
      place: { position: 2, total: 2 },
    });
  });

  it('moves one step among the visible cards, and not past the ends', () => {
    expect(targetByStep(c, -1, columns)).toMatchObject({
      before: { id: 'a' },
      after: { id: 'b' },
      place: { position: 2 },
    });
    expect(targetByStep(a, 1, columns)).toMatchObject({ before: { id: 'b' }, after: { id: 'c' } });
    expect(targetByStep(a, -1, columns)).toBeNull();
    expect(targetByStep(c, 1, columns)).toBeNull();
  });

  it('reads the neighbours from the order after a drop', () => {
    const byId = new Map([a, b, c].map((m) => [m.id, m] as const));
    expect(targetFromOrder('c', 'in_progress', ['a', 'c', 'b'], byId)).toMatchObject({
      status: 'in_progress',
      before: { id: 'a' },
      after: { id: 'b' },
      place: { position: 2, total: 3 },
    });
  });
});
