import { describe, expect, it } from 'vitest';
import { localeDirection, locales } from '@jumelage/contracts/constants';
import { projectPlanSections } from '@jumelage/editor/templates/project-plan';

type Tree = { [key: string]: string | Tree };

const bundles = import.meta.glob<Tree>('./*/*.json', { eager: true, import: 'default' });
const namespaces = Object.keys(bundles)
  .filter((path) => path.startsWith('./en/'))
  .map((path) => path.slice('./en/'.length, -'.json'.length));
const pluralSuffix = /_(zero|one|two|few|many|other)$/;

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const entries = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') entries.set(path, value);
    else for (const [k, v] of flatten(value, path)) entries.set(k, v);
  }
  return entries;
}

/** All namespaces of one language as one flat map of `namespace:key` to text. */
function bundle(locale: string): Map<string, string> {
  const entries = new Map<string, string>();
  for (const namespace of namespaces) {
    const tree = bundles[`./${locale}/${namespace}.json`];
    if (!tree) throw new Error(`missing ${locale}/${namespace}.json`);
    for (const [key, text] of flatten(tree)) entries.set(`${namespace}:${key}`, text);
  }
  return entries;
}

const baseKeys = (entries: Map<string, string>) =>
  new Set([...entries.keys()].map((key) => key.replace(pluralSuffix, '')));
const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

describe('locale bundles', () => {
  const english = bundle('en');

  it.each(locales)('%s has exactly the keys of the English bundle', (locale) => {
    expect([...baseKeys(bundle(locale))].sort()).toEqual([...baseKeys(english)].sort());
  });

  it.each(locales)('%s has every plural form its language needs', (locale) => {
    const entries = bundle(locale);
    const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
    const plurals = [...english.keys()].filter((key) => key.endsWith('_other'));
    for (const key of plurals) {
      const base = key.replace(pluralSuffix, '');
      for (const category of categories)
        expect(entries.has(`${base}_${category}`), `${base}_${category}`).toBe(true);
    }
  });

  it.each(locales)(
    '%s uses the same placeholders as English and leaves nothing empty',
    (locale) => {
      for (const [key, text] of bundle(locale)) {
        expect(text.trim(), key).not.toBe('');
        const englishText = english.get(key) ?? english.get(key.replace(pluralSuffix, '_other'));
        const expected = placeholders(englishText ?? '').filter((name) => name !== 'count');
        expect(
          placeholders(text).filter((name) => name !== 'count'),
          key,
        ).toEqual(expected);
      }
    },
  );

  // French puts a space before : ; ! ? » and after «, a no-break one: with a plain one a line
  // could start with "»" or ":" (seen in the restore notice).
  it('French keeps its punctuation on the line of the word before it', () => {
    for (const [key, text] of bundle('fr')) expect(text, key).not.toMatch(/ [:;!?»]|« /);
  });

  // bidi.ts replaces i18next's formatter, so a named format such as {{count, number}} would be
  // printed unformatted.
  it.each(locales)('%s uses no named formats in its placeholders', (locale) => {
    for (const [key, text] of bundle(locale))
      for (const [placeholder] of text.matchAll(/\{\{[^}]*\}\}/g))
        expect(placeholder, key).toMatch(/^\{\{\w+\}\}$/);
  });

  // The new plan dialog describes the template by its sections: it named "Aktivitäten" and
  // "Beratungsbesuche" above a plan that said "Maßnahmen" and "Fachbesuche" (QA pass).
  it.each(locales)('%s describes the project plan template by the headings it makes', (locale) => {
    const description = bundle(locale).get('plans:templateHints.project_plan')?.toLowerCase();
    const headings = projectPlanSections(locale, localeDirection(locale))
      .filter((node) => node.type === 'heading')
      .map((node) => node.content?.map((part) => part.text).join('') ?? '');
    expect(headings).toHaveLength(9);
    for (const heading of headings) expect(description).toContain(heading.toLowerCase());
  });
});
