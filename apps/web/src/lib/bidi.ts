import type { FormatterModule } from 'i18next';
import { localeDirection } from '@jumelage/contracts/constants';
import { hasLetterIn } from '@jumelage/editor/script';

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
