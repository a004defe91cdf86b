import type { Locale } from '@jumelage/contracts/constants';

/**
 * The Intl locale for formatting. Arabic uses Latin digits, as the Maghreb municipalities do
 * (plain `ar` would switch to Arabic-Indic digits in some browsers).
 */
export function intlLocale(locale: Locale): string {
  return locale === 'ar' ? 'ar-u-nu-latn' : locale;
}

export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/** A calendar date (YYYY-MM-DD) as written in the viewer's language; never shifted by time zones. */
export function formatCalendarDate(isoDate: string, locale: Locale): string {
  const date = new Date(`${isoDate.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDate;
  return new Intl.DateTimeFormat(intlLocale(locale), {
    dateStyle: 'medium',
    timeZone: 'UTC',
  }).format(date);
}

/** An instant as the viewer's local date and time. */
export function formatDateTime(iso: string, locale: Locale, timeZone: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(intlLocale(locale), {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone,
  }).format(date);
}

/** The wall-clock time right now in another place, e.g. a partner municipality. */
export function formatTimeIn(now: number, locale: Locale, timeZone: string): string {
  return new Intl.DateTimeFormat(intlLocale(locale), { timeStyle: 'short', timeZone }).format(now);
}

export function countryName(code: string, locale: Locale): string {
  try {
    return new Intl.DisplayNames([intlLocale(locale)], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

export function languageName(language: string, locale: Locale): string {
  try {
    return (
      new Intl.DisplayNames([intlLocale(locale)], { type: 'language' }).of(language) ?? language
    );
  } catch {
    return language;
  }
}

export function timeZoneNames(): string[] {
  return Intl.supportedValuesOf('timeZone');
}
