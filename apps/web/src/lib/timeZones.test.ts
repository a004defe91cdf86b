import { describe, expect, it } from 'vitest';
import { listedZone, timeZoneGroups, timeZoneLabel, unlistedTimeZone } from './timeZones.ts';

const winter = new Date('2026-01-15T12:00:00Z');
const zones = [
  'Africa/Tunis',
  'Europe/Berlin',
  'America/Argentina/Buenos_Aires',
  'Africa/Algiers',
  'Europe/Amsterdam',
  'UTC',
  'Africa/Casablanca',
];

describe('time zone groups', () => {
  it('offers Germany and the Maghreb first, by country in the viewer language, then regions and the rest', () => {
    const groups = timeZoneGroups(zones, 'de', winter);
    expect(groups.map((group) => group.key)).toEqual([
      'programme',
      'Africa',
      'America',
      'Europe',
      'other',
    ]);
    expect(groups[0]?.options).toEqual([
      { value: 'Europe/Berlin', place: 'Berlin (UTC+01:00)', country: 'Deutschland' },
      { value: 'Africa/Tunis', place: 'Tunis (UTC+01:00)', country: 'Tunesien' },
      {
        value: 'Africa/Casablanca',
        place: expect.stringMatching(/^Casablanca \(UTC/),
        country: 'Marokko',
      },
      { value: 'Africa/Algiers', place: 'Algiers (UTC+01:00)', country: 'Algerien' },
    ]);
  });

  it("names the programme's cities in the viewer's language where given, wherever they are listed", () => {
    const cities = { 'Africa/Algiers': 'Alger', 'Africa/Tunis': 'تونس' };
    const groups = timeZoneGroups(zones, 'fr', winter, cities);
    const places = groups.flatMap((group) => group.options.map((zone) => zone.place));
    expect(places.filter((place) => place.startsWith('Alger'))).toEqual([
      'Alger (UTC+01:00)',
      'Alger (UTC+01:00)',
    ]);
    expect(places.filter((place) => place.startsWith('تونس'))).toHaveLength(2);
    expect(places).not.toContain('Algiers (UTC+01:00)');
    expect(places).toContain('Berlin (UTC+01:00)');
  });

  it('names each zone by its place first (what typing in a select finds), then its offset at that moment', () => {
    const groups = timeZoneGroups(zones, 'fr', winter);
    const places = (key: string) =>
      groups.find((group) => group.key === key)?.options.map((zone) => zone.place);
    expect(places('Europe')).toEqual(['Amsterdam (UTC+01:00)', 'Berlin (UTC+01:00)']);
    expect(places('America')).toEqual(['Buenos Aires, Argentina (UTC-03:00)']);
    expect(places('other')).toEqual(['UTC']);
    const summer = timeZoneGroups(['Europe/Berlin'], 'fr', new Date('2026-07-01T12:00:00Z'));
    expect(summer[0]?.options[0]?.place).toBe('Berlin (UTC+02:00)');
  });

  it('names renamed places as they are called today, and once if the browser lists both names', () => {
    const groups = timeZoneGroups(
      ['Asia/Calcutta', 'Asia/Saigon', 'Europe/Kiev', 'Europe/Kyiv'],
      'en',
      winter,
    );
    expect(groups.flatMap((group) => group.options)).toEqual([
      { value: 'Asia/Saigon', place: 'Ho Chi Minh (UTC+07:00)' },
      { value: 'Asia/Calcutta', place: 'Kolkata (UTC+05:30)' },
      { value: 'Europe/Kyiv', place: 'Kyiv (UTC+02:00)' },
    ]);
  });

  it('finds a renamed place under the name the list has, either way round', () => {
    expect(listedZone('Europe/Kyiv', new Set(['Europe/Kiev']))).toBe('Europe/Kiev');
    expect(listedZone('Europe/Kiev', new Set(['Europe/Kyiv']))).toBe('Europe/Kyiv');
    expect(listedZone('Europe/Berlin', new Set(['Europe/Berlin']))).toBe('Europe/Berlin');
    expect(listedZone('Mars/Olympus_Mons', new Set(['Europe/Berlin']))).toBeNull();
  });

  it('labels a zone with its offset on the day asked about, its city in the viewer language', () => {
    const summer = new Date('2027-07-15T08:00:00Z');
    expect(timeZoneLabel('Europe/Berlin', winter)).toBe('Berlin (UTC+01:00)');
    expect(timeZoneLabel('Europe/Berlin', summer)).toBe('Berlin (UTC+02:00)');
    expect(timeZoneLabel('Europe/Berlin', summer, { 'Europe/Berlin': 'برلين' })).toBe(
      'برلين (UTC+02:00)',
    );
  });

  it('shows a zone the browser does not list as it is', () => {
    expect(unlistedTimeZone('Mars/Olympus_Mons', winter).place).toBe('Olympus Mons');
  });
});
