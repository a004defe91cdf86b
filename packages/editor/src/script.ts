import { locales, type Locale } from '@jumelage/contracts/constants';

// What the letters of a text tell about it. A browser reads a `dir="auto"` block by its first
// letter, and the script of that letter is also all we know of a part's language: Arabic letters
// are Arabic here, Latin ones could be German, French or English.

const rightToLeftScript = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/u;
const arabicScript = /\p{Script=Arabic}/u;
const firstLetter = (text: string) => /\p{L}/u.exec(text)?.[0];

export type Direction = 'ltr' | 'rtl';

/** The direction of the first letter in a text, as a browser reads a `dir="auto"` block; none without letters. */
export function letterDirection(text: string): Direction | undefined {
  const letter = firstLetter(text);
  if (letter === undefined) return undefined;
  return rightToLeftScript.test(letter) ? 'rtl' : 'ltr';
}

/** Whether the text holds a letter written in `direction` (anywhere, not only first). */
export function hasLetterIn(text: string, direction: Direction): boolean {
  for (const [letter] of text.matchAll(/\p{L}/gu)) {
    if (rightToLeftScript.test(letter) === (direction === 'rtl')) return true;
  }
  return false;
}

/**
 * The language to mark a part of a plan written in `planLanguage` with (WCAG 3.1.2): `ar` when it
 * starts in Arabic and the plan is not Arabic; otherwise none, the part is read as the plan's.
 */
export function languageOfPart(text: string, planLanguage: string): 'ar' | undefined {
  if (planLanguage === 'ar') return undefined;
  const letter = firstLetter(text);
  return letter !== undefined && arabicScript.test(letter) ? 'ar' : undefined;
}

/**
 * The part language a `lang` value stands for: one of the app's languages, by its primary subtag
 * ('fr-FR' is French, as pasted from a word processor); null for none or any other language.
 */
export function partLanguageOf(value: unknown): Locale | null {
  if (typeof value !== 'string') return null;
  const primary = value.trim().toLowerCase().split(/[-_]/)[0];
  return locales.find((locale) => locale === primary) ?? null;
}

/**
 * The `lang` to put on a paragraph or heading of a plan written in `planLanguage` (WCAG 3.1.2): the
 * language it was marked with (its `lang` attribute), or else Arabic when it starts in Arabic
 * (`languageOfPart`); none when that is the plan's own language.
 */
export function languageOfBlock(text: string, marked: unknown, planLanguage: string): Locale | undefined {
  const lang = partLanguageOf(marked);
  if (lang === null) return languageOfPart(text, planLanguage);
  return lang === planLanguage ? undefined : lang;
}
