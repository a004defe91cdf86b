import { describe, expect, it } from 'vitest';
import { endsSentence, previewBlocks } from './planPreview.ts';

describe('plan preview', () => {
  it('leaves out a first block that repeats the title, keeping the languages of the rest in line', () => {
    const plan = {
      title: 'Quartierspark',
      textPreview: 'Quartierspark\nAusgangslage\nDans un quartier',
      previewLanguages: [null, null, 'fr' as const],
    };
    expect(previewBlocks(plan)).toEqual([
      { text: 'Ausgangslage', language: null },
      { text: 'Dans un quartier', language: 'fr' },
    ]);
  });

  it('keeps a first block that says something else, and a preview from an older server without languages', () => {
    const plan = { title: 'Quartierspark', textPreview: 'Quartierspark Jendouba\nZiele' };
    expect(previewBlocks(plan).map((block) => block.text)).toEqual([
      'Quartierspark Jendouba',
      'Ziele',
    ]);
    expect(previewBlocks(plan)[0]?.language).toBeUndefined();
  });

  it('has no blocks for a plan with no text, or with nothing but its title', () => {
    expect(previewBlocks({ title: 'Leer', textPreview: '' })).toEqual([]);
    expect(previewBlocks({ title: 'Leer', textPreview: 'Leer' })).toEqual([]);
    expect(previewBlocks({ title: ' Plan  Park ', textPreview: 'Plan Park' })).toEqual([]);
  });
});

describe('where a preview block ends a sentence', () => {
  it('a heading does not, a paragraph with its full stop does, in any of the languages', () => {
    expect(endsSentence('Ausgangslage')).toBe(false);
    expect(endsSentence('Ziele')).toBe(false);
    expect(endsSentence('Eine Brachfläche soll ein Park werden.')).toBe(true);
    expect(endsSentence('Qui participe ?')).toBe(true);
    expect(endsSentence('« On commence en mars. »')).toBe(true);
    expect(endsSentence('هل نبدأ في مارس؟')).toBe(true);
  });
});
