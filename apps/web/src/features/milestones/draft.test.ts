import { describe, expect, it } from 'vitest';
import type { Milestone } from '@jumelage/contracts/milestones';
import { draftChanges, editedFields, mergeEdits, toDraft } from './draft.ts';

const base: Milestone = {
  id: 'm',
  partnershipId: 'p',
  title: 'Workshop',
  description: '',
  status: 'planned',
  dueOn: null,
  ownerIds: ['a'],
  planId: null,
  position: 'a0',
  completedAt: null,
  version: 1,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
};

describe('milestone drafts', () => {
  it('sends only what the user changed, with empty inputs as null', () => {
    const draft = { ...toDraft(base), title: ' Workshop 2 ', dueOn: '2027-03-01' };
    expect(draftChanges(draft, base)).toEqual({ title: 'Workshop 2', dueOn: '2027-03-01' });
    expect(draftChanges({ ...toDraft(base), planId: '' }, base)).toEqual({});
  });

  it("keeps the user's edits on top of a newer version, and their changes elsewhere", () => {
    const draft = { ...toDraft(base), title: 'Mine' };
    const theirs = { ...base, version: 2, title: 'Theirs', status: 'blocked' as const };
    expect(editedFields(draft, base)).toEqual(['title']);
    const merged = mergeEdits(draft, base, theirs);
    expect(merged).toMatchObject({ title: 'Mine', status: 'blocked' });
    expect(draftChanges(merged, theirs)).toEqual({ title: 'Mine' });
  });
});
