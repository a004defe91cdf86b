import { describe, expect, it } from 'vitest';
import { isoToLocalInput, localInputToIso, zoneOffsetMinutes } from './zonedTime.ts';

describe('datetime-local values in a named time zone', () => {
  it('reads the wall-clock time in the given zone, with its offset', () => {
    expect(localInputToIso('2026-05-14T09:30', 'Europe/Berlin')).toBe('2026-05-14T09:30:00+02:00');
    expect(localInputToIso('2026-01-14T09:30', 'Europe/Berlin')).toBe('2026-01-14T09:30:00+01:00');
    expect(localInputToIso('2026-05-14T09:30', 'Africa/Tunis')).toBe('2026-05-14T09:30:00+01:00');
    expect(localInputToIso('2026-05-14T09:30', 'America/St_Johns')).toBe(
      '2026-05-14T09:30:00-02:30',
    );
    expect(Date.parse(localInputToIso('2026-05-14T09:30', 'Europe/Berlin') ?? '')).toBe(
      Date.parse('2026-05-14T07:30:00Z'),
    );
  });

  it('handles the daylight-saving changes', () => {
    // 02:30 does not exist in Berlin on 29 March 2026; 02:30 on 25 October exists twice.
    expect(localInputToIso('2026-03-29T02:30', 'Europe/Berlin')).toBe('2026-03-29T03:30:00+02:00');
    expect(localInputToIso('2026-03-29T03:30', 'Europe/Berlin')).toBe('2026-03-29T03:30:00+02:00');
    // The first 02:30, still in summer time: an hour from 01:30 is one hour long.
    expect(localInputToIso('2026-10-25T02:30', 'Europe/Berlin')).toMatch(
      /^2026-10-25T02:30:00\+02:00$/,
    );
    expect(localInputToIso('2026-10-25T01:30', 'Europe/Berlin')).toBe('2026-10-25T01:30:00+02:00');
    expect(localInputToIso('2026-10-25T03:30', 'Europe/Berlin')).toBe('2026-10-25T03:30:00+01:00');
    expect(localInputToIso('2026-10-25T02:30', 'Africa/Tunis')).toBe('2026-10-25T02:30:00+01:00');
  });

  it('refuses empty and malformed values', () => {
    expect(localInputToIso('', 'Europe/Berlin')).toBeNull();
    expect(localInputToIso('2026-05-14 09:30', 'Europe/Berlin')).toBeNull();
  });

  it('shows a stored instant as the wall-clock time of a zone', () => {
    expect(isoToLocalInput('2026-05-14T07:30:00.000Z', 'Europe/Berlin')).toBe('2026-05-14T09:30');
    expect(isoToLocalInput('2026-05-14T07:30:00.000Z', 'Africa/Tunis')).toBe('2026-05-14T08:30');
    expect(isoToLocalInput('2026-12-31T23:30:00.000Z', 'Europe/Berlin')).toBe('2027-01-01T00:30');
    expect(isoToLocalInput('nonsense', 'Europe/Berlin')).toBe('');
  });

  it('round-trips through the input format', () => {
    const iso = localInputToIso('2026-07-01T18:05', 'Asia/Kolkata') ?? '';
    expect(isoToLocalInput(iso, 'Asia/Kolkata')).toBe('2026-07-01T18:05');
    expect(zoneOffsetMinutes(Date.parse(iso), 'Asia/Kolkata')).toBe(330);
  });
});
