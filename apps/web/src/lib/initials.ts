// A person's avatar letters, the same on the milestone board and among a plan's editors.

/** The letters and digits of a word, one per entry (so a combining sequence or an Arabic letter counts once). */
export const letters = (word: string) => Array.from(word.replace(/[^\p{L}\p{N}]/gu, ''));

function initialOf(word: string): string {
  // Arabic family names often start with the article "ال"; the name's own letter is more telling.
  const chars = letters(word);
  const start = chars[0] === 'ا' && chars[1] === 'ل' && chars.length > 3 ? 2 : 0;
  return chars[start] ?? '';
}

/** First and last name's initial letter (Anna Becker: AB; titles and an Arabic family name's article are skipped). */
export function initials(name: string): string {
  const all = name.split(/\s+/).filter((word) => letters(word).length > 0);
  // Titles and abbreviations ("Dr.", "Prof.") are not the person's initials.
  const named = all.filter((word) => !word.endsWith('.'));
  const words = named.length > 0 ? named : all;
  const first = words[0] ?? '';
  const last = words.length > 1 ? (words.at(-1) ?? '') : '';
  return (initialOf(first) + initialOf(last)).toLocaleUpperCase() || '?';
}
