import { describe, expect, it } from 'vitest';
import { languageOfBlock, partLanguageOf } from './script.ts';

describe('language of a paragraph', () => {
  it('knows the app languages by their primary subtag, as word processors write them, and nothing else', () => {
    expect(partLanguageOf('fr-FR')).toBe('fr');
    expect(partLanguageOf('DE')).toBe('de');
    expect(partLanguageOf('ar_TN')).toBe('ar');
    expect(partLanguageOf('es')).toBeNull();
    expect(partLanguageOf('')).toBeNull();
    expect(partLanguageOf(7)).toBeNull();
    expect(partLanguageOf(null)).toBeNull();
  });

  it('takes the language a paragraph was marked with, else Arabic for Arabic text, and says nothing for the plan language', () => {
    expect(languageOfBlock('Le parc', 'fr', 'de')).toBe('fr');
    expect(languageOfBlock('Le parc', 'fr', 'fr')).toBeUndefined();
    expect(languageOfBlock('Der Park', null, 'ar')).toBeUndefined();
    expect(languageOfBlock('Der Park', 'de', 'ar')).toBe('de');
    expect(languageOfBlock('الحديقة', null, 'de')).toBe('ar');
    // A mark wins over the letters: an Arabic quotation introduced in French is read in French.
    expect(languageOfBlock('« الحديقة » signifie le jardin', 'fr', 'de')).toBe('fr');
  });
});
