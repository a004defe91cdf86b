import type { Locale } from '@jumelage/contracts/constants';
import { countryName, intlLocale } from './format.ts';

// The time zones a select offers: the programme's four countries first, then every zone the
// browser knows by region, each as "place (UTC+01:00)" so that a zone can be found by its city
// (a select jumps to the option starting with the letters typed) and told apart by its offset.

/** Germany and the Maghreb (`programmeCountries`' order): nearly every account and municipality is here. */
const programmeZones = [
  ['Europe/Berlin', 'DE', 'berlin'],
  ['Africa/Tunis', 'TN', 'tunis'],
  ['Africa/Casablanca', 'MA', 'casablanca'],
  ['Africa/Algiers', 'DZ', 'algiers'],
] as const;

/** The cities of the programme's zones, by the key of their name in `timeZones.cities`. */
export const programmeCities = programmeZones.map(([zone, , city]) => ({ zone, city }));

/**
 * Names of places in the viewer's language, by zone id: the programme's cities ("Alger", "تونس").
 * `Intl` names no cities, so every other zone keeps its IANA (English) name.
 */
export type CityNames = Readonly<Record<string, string>>;

export const timeZoneRegions = [
  'Africa',
  'America',
  'Antarctica',
  'Arctic',
  'Asia',
  'Atlantic',
  'Australia',
  'Europe',
  'Indian',
  'Pacific',
] as const;

export type TimeZoneGroupKey = 'programme' | (typeof timeZoneRegions)[number] | 'other';

export interface TimeZoneOption {
  value: string;
  /** "Tunis (UTC+01:00)": it starts with the place, so typing a city's first letters finds it. */
  place: string;
  /** The programme's zones are named by country too ("Tunisia: Tunis (UTC+01:00)"). */
  country?: string;
}

export interface TimeZoneGroup {
  key: TimeZoneGroupKey;
  options: TimeZoneOption[];
}

const isRegion = (name: string): name is (typeof timeZoneRegions)[number] =>
  timeZoneRegions.some((region) => region === name);

/**
 * Zones browsers still list under a place's old name (ICU keeps the first name as its id), by the
 * zone IANA names it after today: Chromium offered "Calcutta", "Saigon", "Kiev" and "Godthab".
 */
const renamedZones: Readonly<Record<string, string>> = {
  'Africa/Asmera': 'Africa/Asmara',
  'America/Godthab': 'America/Nuuk',
  'Asia/Calcutta': 'Asia/Kolkata',
  'Asia/Katmandu': 'Asia/Kathmandu',
  'Asia/Rangoon': 'Asia/Yangon',
  'Asia/Saigon': 'Asia/Ho_Chi_Minh',
  'Atlantic/Faeroe': 'Atlantic/Faroe',
  'Europe/Kiev': 'Europe/Kyiv',
  'Pacific/Enderbury': 'Pacific/Kanton',
  'Pacific/Ponape': 'Pacific/Pohnpei',
  'Pacific/Truk': 'Pacific/Chuuk',
};

/**
 * "Buenos Aires, Argentina" for America/Argentina/Buenos_Aires; "UTC" for UTC; today's name of a
 * renamed place ("Kolkata" for Asia/Calcutta, whose id stays what the browser knows).
 */
function placeName(zone: string, cities: CityNames): string {
  const city = cities[zone];
  if (city) return city;
  const parts = (renamedZones[zone] ?? zone).split('/');
  const place = parts.length > 1 ? parts.slice(1).reverse().join(', ') : zone;
  return place.replaceAll('_', ' ');
}

const hourMs = 60 * 60 * 1000;
/**
 * Offsets by zone for one hour: a list takes about 420 formatters (some 30 ms), and a form may
 * hold several time zone selects (a partnership's municipalities) or be opened again and again.
 */
let offsets = { hour: Number.NaN, byZone: new Map<string, string>() };

/** The zone's offset from UTC at `now` ("UTC+01:00"), written the same in every language. */
function offsetName(zone: string, now: Date): string {
  const hour = Math.floor(now.getTime() / hourMs);
  if (offsets.hour !== hour) offsets = { hour, byZone: new Map() };
  let offset = offsets.byZone.get(zone);
  if (offset === undefined) {
    offset = offsetAt(zone, now);
    offsets.byZone.set(zone, offset);
  }
  return offset;
}

function offsetAt(zone: string, now: Date): string {
  try {
    const parts = new Intl.DateTimeFormat('en', {
      timeZone: zone,
      timeZoneName: 'longOffset',
    }).formatToParts(now);
    const offset = parts.find((part) => part.type === 'timeZoneName')?.value ?? '';
    return offset.replace('GMT', 'UTC');
  } catch {
    return '';
  }
}

// No bidi isolates around the place: the browsers' select jumps to an option by its first letters,
// and an invisible isolate in front of "Berlin" made typing "Ber" find nothing.
function option(zone: string, now: Date, cities: CityNames = {}): TimeZoneOption {
  // "UTC" needs no "(UTC+00:00)" after it.
  const offset = zone.includes('/') ? offsetName(zone, now) : '';
  const place = placeName(zone, cities);
  return { value: zone, place: offset ? `${place} (${offset})` : place };
}

/**
 * The groups of a time zone select: the programme's countries (named in the viewer's language),
 * then each region's zones in alphabetical order, then the rest (UTC and the like). The
 * programme's cities are named as `cities` has them, in both places they are listed.
 */
export function timeZoneGroups(
  zones: readonly string[],
  locale: Locale,
  now = new Date(),
  cities: CityNames = {},
): TimeZoneGroup[] {
  const known = new Set(zones);
  const collator = new Intl.Collator(intlLocale(locale));
  const programme = programmeZones
    .filter(([zone]) => known.has(zone))
    .map(([zone, country]) => ({
      ...option(zone, now, cities),
      country: countryName(country, locale),
    }));
  const byRegion = new Map<TimeZoneGroupKey, TimeZoneOption[]>();
  for (const zone of zones) {
    // A browser that lists both names of a renamed place shows it once, under today's id.
    const renamed = renamedZones[zone];
    if (renamed && known.has(renamed)) continue;
    const region = zone.split('/')[0] ?? '';
    const key = zone.includes('/') && isRegion(region) ? region : 'other';
    const group = byRegion.get(key) ?? [];
    group.push(option(zone, now, cities));
    byRegion.set(key, group);
  }
  const keys: TimeZoneGroupKey[] = [...timeZoneRegions, 'other'];
  return [
    { key: 'programme' as const, options: programme },
    ...keys.map((key) => ({
      key,
      options: (byRegion.get(key) ?? []).sort((a, b) => collator.compare(a.place, b.place)),
    })),
  ].filter((group) => group.options.length > 0);
}

/** A zone the list does not have (stored by an older browser, say), shown as it is. */
export const unlistedTimeZone = (zone: string, now = new Date()) => option(zone, now);

/**
 * A zone as people read it, "Berlin (UTC+01:00)", instead of its id "Europe/Berlin", with its
 * offset at `at` (a consultation in July is at Berlin's summer offset, whenever it is planned).
 */
export const timeZoneLabel = (zone: string, at = new Date(), cities: CityNames = {}) =>
  option(zone, at, cities).place;

/**
 * The id under which `listed` has `zone`: itself, or the other name of a renamed place, so that an
 * account saved as Europe/Kyiv (Firefox's list) shows as Chromium's Europe/Kiev and not twice.
 */
export function listedZone(zone: string, listed: ReadonlySet<string>): string | null {
  if (listed.has(zone)) return zone;
  const names = Object.entries(renamedZones).find(([old, today]) => zone === old || zone === today);
  return names?.find((name) => listed.has(name)) ?? null;
}
