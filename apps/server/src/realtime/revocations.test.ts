import { describe, expect, it } from 'vitest';
import { createRevocations } from './revocations.ts';

describe('the revocation clock', () => {
  it('tells a connection being opened that its user or session lost access meanwhile, and no one else', () => {
    const revocations = createRevocations();
    const keys = { userId: 'u1', sessionId: 's1' };
    const stamp = revocations.stamp();
    expect(revocations.changedSince(stamp, keys)).toBe(false);
    revocations.mark({ userId: 'u2' });
    revocations.mark({ sessionId: 's2' });
    expect(revocations.changedSince(stamp, keys)).toBe(false);
    revocations.mark({ userId: 'u1' });
    expect(revocations.changedSince(stamp, keys)).toBe(true);
    // A connection that read after the change is fine.
    expect(revocations.changedSince(revocations.stamp(), keys)).toBe(false);
    const later = revocations.stamp();
    revocations.mark({ sessionId: 's1' });
    expect(revocations.changedSince(later, keys)).toBe(true);
  });

  it('tells a collab connection being opened that its plan was deleted meanwhile', () => {
    const revocations = createRevocations();
    const stamp = revocations.stamp();
    revocations.mark({ planId: 'p2' });
    expect(revocations.changedSince(stamp, { userId: 'u1', sessionId: 's1', planId: 'p1' })).toBe(false);
    revocations.mark({ planId: 'p1' });
    expect(revocations.changedSince(stamp, { userId: 'u1', sessionId: 's1', planId: 'p1' })).toBe(true);
    expect(revocations.changedSince(stamp, { userId: 'u1', sessionId: 's1' })).toBe(false);
  });

  it('forgets marks older than it keeps them, once many have gathered', () => {
    let time = 0;
    const revocations = createRevocations(1000, () => time);
    const stamp = revocations.stamp();
    revocations.mark({ userId: 'old' });
    time = 5000;
    for (let index = 0; index < 1002; index++) revocations.mark({ sessionId: `s${index}` });
    expect(revocations.changedSince(stamp, { userId: 'old', sessionId: 'none' })).toBe(false);
    expect(revocations.changedSince(stamp, { userId: 'none', sessionId: 's1001' })).toBe(true);
  });
});
