import { describe, expect, it } from 'vitest';
import { previewBlocks } from './planPreview.ts';

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
