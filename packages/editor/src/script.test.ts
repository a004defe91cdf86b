import { describe, expect, it } from 'vitest';
import { renderToHTMLString } from '@tiptap/static-renderer/pm/html-string';
import { createExtensions } from './extensions.ts';
import { getPlanSchema } from './schema.ts';
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

describe('the lang attribute of the plan schema', () => {
  const render = (lang: unknown) =>
    renderToHTMLString({
      extensions: createExtensions(),
      content: getPlanSchema().nodeFromJSON({ type: 'doc', content: [{ type: 'paragraph', attrs: { lang }, content: [{ type: 'text', text: 'Le parc' }] }] }),
    });

  it('renders one of the app languages and nothing else, whatever a client stored', () => {
    expect(render('fr')).toBe('<p dir="auto" lang="fr">Le parc</p>');
    expect(render('fr-FR')).toBe('<p dir="auto" lang="fr">Le parc</p>');
    expect(render('" onmouseover="alert(1)')).toBe('<p dir="auto">Le parc</p>');
    expect(render(null)).toBe('<p dir="auto">Le parc</p>');
  });
});
