import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import resourcesToBackend from 'i18next-resources-to-backend';
import { localeDirection, locales, type Locale } from '@jumelage/contracts/constants';
import { bidiIsolation } from './bidi.ts';
import { loadLocaleBundle } from './localeBundles.ts';

const storageKey = 'jumelage.locale';
const defaultLocale: Locale = 'en';

export function isLocale(value: unknown): value is Locale {
  return locales.some((locale) => locale === value);
}

function readStoredLocale(): Locale | null {
  try {
    const stored = localStorage.getItem(storageKey);
    return isLocale(stored) ? stored : null;
  } catch {
    return null;
  }
}

/** The language before the account is known: last choice on this device, then the browser's. */
export function detectLocale(): Locale {
  const stored = readStoredLocale();
  if (stored) return stored;
  for (const tag of navigator.languages) {
    const language = tag.toLowerCase().split('-')[0];
    if (isLocale(language)) return language;
  }
  return defaultLocale;
}

export function currentLocale(): Locale {
  const language = i18next.resolvedLanguage ?? i18next.language;
  return isLocale(language) ? language : defaultLocale;
}

function applyDocumentLanguage(language: string): void {
  const locale = isLocale(language) ? language : defaultLocale;
  document.documentElement.lang = locale;
  document.documentElement.dir = localeDirection(locale);
}

/** Switches the interface language and remembers it on this device. */
export async function changeLocale(locale: Locale): Promise<void> {
  try {
    localStorage.setItem(storageKey, locale);
  } catch {
    // Private mode or full storage: the choice then lasts for this visit only.
  }
  if (currentLocale() !== locale) await i18next.changeLanguage(locale);
}

/**
 * Initialises i18next with only the active language's bundle downloaded. There is no runtime
 * fallback language: all four bundles are complete (checked by locales.test.ts), and a fallback
 * would cost a second download on every first load.
 */
export function setupI18n(): Promise<unknown> {
  i18next.on('languageChanged', applyDocumentLanguage);
  return i18next
    .use(
      resourcesToBackend((language: string, namespace: string) =>
        loadLocaleBundle(language, namespace),
      ),
    )
    .use(initReactI18next)
    .use(bidiIsolation)
    .init({
      lng: detectLocale(),
      supportedLngs: locales,
      ns: ['common'],
      defaultNS: 'common',
      fallbackLng: false,
      load: 'languageOnly',
      // alwaysFormat: every interpolated value passes bidiIsolation (see bidi.ts).
      interpolation: { escapeValue: false, alwaysFormat: true },
      react: { useSuspense: true },
    });
}
