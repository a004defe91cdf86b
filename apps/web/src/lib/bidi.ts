import type { FormatterModule } from 'i18next';
import { localeDirection, type Locale } from '@jumelage/contracts/constants';
import { hasLetterIn } from '@jumelage/editor/script';
import { intlLocale } from './format.ts';

// Names and titles people write go into translated sentences ("„{{title}}“ löschen"). An Arabic
// title in a German sentence (or a German name in an Arabic one) would otherwise take the
// sentence's punctuation and numbers into its own direction and scramble the order. Unicode's
// first-strong isolate (FSI … PDI, UAX #9) is the plain-text <bdi>: the value resolves its own
// direction and the sentence around it is laid out as if it were one neutral character. It also
// works where markup cannot go: aria-labels, <option> text, document titles.

const firstStrongIsolate = '\u2068';
const popDirectionalIsolate = '\u2069';

/**
 * The text isolated when it holds letters written in the other direction than the interface's.
 * Text in the interface's own direction is returned as it is: it needs no isolation, and the
 * sentences stay exactly as translated.
 */
export function isolateForeign(text: string, locale: string): string {
  const foreign = localeDirection(locale) === 'rtl' ? 'ltr' : 'rtl';
  return hasLetterIn(text, foreign) ? `${firstStrongIsolate}${text}${popDirectionalIsolate}` : text;
}

/**
 * The `dir` of a field people type into: `auto` (the text sets its own direction) once it holds
 * something, none while empty, so an empty field takes the page's direction. With `dir="auto"`
 * alone an empty field ran left to right, and in the Arabic interface its caret (and placeholder)
 * sat at the left of a right-to-left page (QA pass).
 */
export function typedDir(value: string): 'auto' | undefined {
  return value === '' ? undefined : 'auto';
}

/**
 * Names joined in the interface's language ("Wolfsburg und Jendouba"), each isolated on its own.
 * Isolated only as a whole (by the formatter below), "Wolfsburg و Jendouba" took its direction
 * from its first letter and ran left to right in an Arabic sentence, the "و" before the wrong
 * name (QA pass).
 */
export function nameList(names: readonly string[], locale: Locale): string {
  const list = new Intl.ListFormat(intlLocale(locale), { type: 'conjunction' });
  return list.format(names.map((name) => isolateForeign(name, locale)));
}

/**
 * An i18next formatter that isolates every interpolated string (with `alwaysFormat`). It replaces
 * i18next's built-in formatter, so named formats (`{{count, number}}`) are not supported; the
 * locale bundles use none, which locales.test.ts checks.
 */
export const bidiIsolation: FormatterModule = {
  type: 'formatter',
  init: () => undefined,
  add: () => undefined,
  addCached: () => undefined,
  format: (value, _format, lng) =>
    typeof value === 'string' && lng ? isolateForeign(value, lng) : value,
};
