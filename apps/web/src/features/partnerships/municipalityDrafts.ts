import type { Locale } from '@jumelage/contracts/constants';
import type { Municipality } from '@jumelage/contracts/partnerships';
import { defaultLanguageFor, defaultTimeZoneFor } from '../../lib/countries.ts';
import { browserTimeZone } from '../../lib/format.ts';

/** A municipality being entered in the create form; `key` keeps React rows stable. */
export interface MunicipalityDraft extends Municipality {
  key: number;
}

let nextKey = 0;

export function newMunicipality(country: string, viewerLocale: Locale): MunicipalityDraft {
  nextKey += 1;
  return {
    key: nextKey,
    name: '',
    country,
    language: defaultLanguageFor(country, viewerLocale),
    timeZone: defaultTimeZoneFor(country, browserTimeZone()),
  };
}

/** A stored municipality as a draft to correct (the partnership's edit dialog). */
export function draftOf(municipality: Municipality): MunicipalityDraft {
  nextKey += 1;
  return { key: nextKey, ...municipality };
}

/** A new country brings its usual time zone and working language; both stay editable. */
export function withCountry(draft: MunicipalityDraft, country: string): MunicipalityDraft {
  return {
    ...draft,
    country,
    language: defaultLanguageFor(country, draft.language),
    timeZone: defaultTimeZoneFor(country, draft.timeZone),
  };
}

export function toMunicipality({
  name,
  country,
  language,
  timeZone,
}: MunicipalityDraft): Municipality {
  return { name: name.trim(), country, language, timeZone };
}
