import { describe, expect, it } from 'vitest';
import { timeZoneGroups, unlistedTimeZone } from './timeZones.ts';

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
/** The labels without the bidi isolates around place and offset. */
const plain = (label: string) => label.replace(/[\u2066\u2069]/g, '');

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
    expect(groups[0]?.options.map((zone) => plain(zone.label))).toEqual([
      'Deutschland: Berlin (UTC+01:00)',
      'Tunesien: Tunis (UTC+01:00)',
      'Marokko: Casablanca (UTC+01:00)',
      'Algerien: Algiers (UTC+01:00)',
    ]);
  });

  it('names each zone by its place, then its offset at that moment, sorted by place', () => {
    const groups = timeZoneGroups(zones, 'fr', winter);
    const labels = (key: string) =>
      groups.find((group) => group.key === key)?.options.map((zone) => plain(zone.label));
    expect(labels('Europe')).toEqual(['Amsterdam (UTC+01:00)', 'Berlin (UTC+01:00)']);
    expect(labels('America')).toEqual(['Buenos Aires, Argentina (UTC-03:00)']);
    expect(labels('other')).toEqual(['UTC']);
    expect(
      plain(
        timeZoneGroups(['Europe/Berlin'], 'fr', new Date('2026-07-01T12:00:00Z'))[0]?.options[0]
          ?.label ?? '',
      ),
    ).toContain('UTC+02:00');
  });

  it('isolates the Latin place and offset, so an Arabic page keeps their order', () => {
    const [programme] = timeZoneGroups(['Africa/Tunis'], 'ar', winter);
    expect(programme?.options[0]?.label).toBe('تونس: \u2066Tunis (UTC+01:00)\u2069');
  });

  it('shows a zone the browser does not list as it is', () => {
    expect(plain(unlistedTimeZone('Mars/Olympus_Mons', winter).label)).toBe('Olympus Mons');
  });
});
