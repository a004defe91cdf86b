import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { isLocale } from '../../lib/i18n.ts';
import {
  browserTimeZone,
  countryName,
  formatCalendarDate,
  formatDateTime,
  formatTimeIn,
  languageName,
} from '../../lib/format.ts';
import { useSession } from '../auth/session.tsx';

/** Formatters bound to the viewer's language and time zone (the account's, else the browser's). */
export function useFormat() {
  const { i18n } = useTranslation();
  const { user } = useSession();
  const language = i18n.resolvedLanguage ?? i18n.language;
  const locale = isLocale(language) ? language : 'en';
  const timeZone = user?.timeZone ?? browserTimeZone();

  return useMemo(
    () => ({
      locale,
      timeZone,
      calendarDate: (isoDate: string) => formatCalendarDate(isoDate, locale),
      dateTime: (iso: string) => formatDateTime(iso, locale, timeZone),
      timeIn: (now: number, zone: string) => formatTimeIn(now, locale, zone),
      country: (code: string) => countryName(code, locale),
      language: (code: string) => languageName(code, locale),
    }),
    [locale, timeZone],
  );
}
