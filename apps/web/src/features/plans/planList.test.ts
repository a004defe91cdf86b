import { describe, expect, it } from 'vitest';
import type { Plan } from '@jumelage/contracts/plans';
import { unlisted } from '../../lib/useMorePages.ts';
import { removePlan, upsertPlan } from './planList.ts';

function plan(id: string, createdAt: string, title = id): Plan {
  return {
    id,
    partnershipId: 'p',
    title,
    templateKey: 'blank',
    locale: 'de',
    textPreview: '',
    sizeBytes: 0,
    updatedAt: createdAt,
    updatedBy: null,
    createdAt,
  };
}

const older = plan('a', '2025-01-01T00:00:00.000Z');
const newer = plan('b', '2025-02-01T00:00:00.000Z');

describe('plan list', () => {
  it('replaces a known plan in place', () => {
    const renamed = { ...older, title: 'Renamed' };
    expect(upsertPlan([newer, older], renamed)).toEqual([newer, renamed]);
  });

  it('inserts an unknown plan where its creation time puts it (newest first)', () => {
    const middle = plan('c', '2025-01-15T00:00:00.000Z');
    expect(upsertPlan([newer, older], middle).map((p) => p.id)).toEqual(['b', 'c', 'a']);
  });

  it('removes a deleted plan and ignores an unknown id', () => {
    expect(removePlan([newer, older], 'b')).toEqual([older]);
    expect(removePlan([older], 'zzz')).toEqual([older]);
  });

  it('takes from an older page only the plans it does not have yet', () => {
    expect(unlisted([newer], [newer, older]).map((p) => p.id)).toEqual(['a']);
  });
});
