import { describe, expect, it } from 'vitest';
import { formatTimeRange, groupTimes } from './chatFormat.ts';

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

describe('times in several places', () => {
  const winter = '10:00 – 11:30';
  const summer = '09:00 – 10:30';
  it('put the places whose clocks agree on one line, the viewer’s first', () => {
    expect(
      groupTimes(winter, [
        { name: 'Jendouba', range: winter },
        { name: 'Agadir', range: summer },
        { name: 'Oran', range: summer },
      ]),
    ).toEqual([
      { range: winter, names: ['Jendouba'] },
      { range: summer, names: ['Agadir', 'Oran'] },
    ]);
  });
  it('keep a line per place when they differ', () => {
    expect(groupTimes(winter, [{ name: 'Jendouba', range: summer }])).toEqual([
      { range: winter, names: [] },
      { range: summer, names: ['Jendouba'] },
    ]);
  });
});
