import { describe, expect, it } from 'vitest';
import { formatTimeRange } from './chatFormat.ts';

const now = Date.parse('2026-11-23T10:00:00Z');

describe('consultation times', () => {
  it('name the year only when it is not this year', () => {
    const thisYear = formatTimeRange(
      '2026-12-14T08:00:00Z',
      '2026-12-14T09:30:00Z',
      'en',
      'Europe/Berlin',
      now,
    );
    expect(thisYear).not.toContain('2026');
    expect(thisYear).toContain('14');
    const otherYears = ['2020-01-01T08:00:00Z', '2027-07-14T07:30:00Z'].map((start) =>
      formatTimeRange(start, start.replace('T0', 'T1'), 'de', 'Europe/Berlin', now),
    );
    expect(otherYears[0]).toContain('2020');
    expect(otherYears[1]).toContain('2027');
  });
});
