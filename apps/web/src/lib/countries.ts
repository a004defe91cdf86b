import { programmeCountries, type Locale } from '@jumelage/contracts/constants';
import { countryName, intlLocale } from './format.ts';

// ISO 3166-1 alpha-2 codes. Intl can name a region but cannot list them, hence this string.
const isoCountryCodes = (
  'AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS ' +
  'BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE ' +
  'EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM ' +
  'HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC ' +
  'LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA ' +
  'NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW ' +
  'SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO ' +
  'TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW'
).split(' ');

export interface CountryOption {
  code: string;
  name: string;
}

/** The programme's countries first, then every other country sorted by name in the viewer's language. */
export function countryOptions(locale: Locale): {
  programme: CountryOption[];
  others: CountryOption[];
} {
  const toOption = (code: string): CountryOption => ({ code, name: countryName(code, locale) });
  const programmeCodes: readonly string[] = programmeCountries;
  const collator = new Intl.Collator(intlLocale(locale));
  return {
    programme: programmeCountries.map(toOption),
    others: isoCountryCodes
      .filter((code) => !programmeCodes.includes(code))
      .map(toOption)
      .sort((a, b) => collator.compare(a.name, b.name)),
  };
}

const defaultTimeZones: Record<string, string> = {
  DE: 'Europe/Berlin',
  TN: 'Africa/Tunis',
  MA: 'Africa/Casablanca',
  DZ: 'Africa/Algiers',
};

const defaultLanguages: Record<string, Locale> = { DE: 'de', TN: 'fr', MA: 'fr', DZ: 'fr' };

export function defaultTimeZoneFor(country: string, fallback: string): string {
  return defaultTimeZones[country] ?? fallback;
}

export function defaultLanguageFor(country: string, fallback: Locale): Locale {
  return defaultLanguages[country] ?? fallback;
}
