import { describe, expect, it } from 'vitest';
import type { JSONContent } from '@tiptap/core';
import { locales, planTemplateKeys } from '@jumelage/contracts/constants';
import { agendaItems, buildTemplate } from './templates.ts';
import { renderHtmlDocument, renderMarkdownDocument } from './export.ts';
import { planPreview } from './text.ts';
import { docFromState, docToJSON, docToNode, jsonToUpdate, nodeFromJSON } from './yjs.ts';

/** Every `dir` attribute in the document, depth first. */
function directions(node: JSONContent): unknown[] {
  return [node.attrs?.dir, ...(node.content ?? []).flatMap(directions)].filter((dir) => dir !== undefined);
}

const headings = (node: JSONContent, level: number) =>
  (node.content ?? []).filter((child) => child.type === 'heading' && child.attrs?.level === level);

describe('plan templates', () => {
  for (const key of planTemplateKeys) {
    for (const locale of locales) {
      it(`${key} in ${locale} fits the schema and survives a round trip through Yjs`, () => {
        const json = buildTemplate(key, { locale, title: 'Wolfsburg – Jendouba', agenda: 'Begrüßung\nAbfallwirtschaft' });
        const node = nodeFromJSON(json);
        expect(docToJSON(docFromState(jsonToUpdate(json)))).toEqual(node.toJSON());
      });
    }
  }

  it('writes Arabic templates right to left and lets the others follow their text', () => {
    // Every block with text, every list and table reads right to left; the empty slots to type into
    // (list items, table cells, the last paragraph) follow whatever is typed there.
    const blocks = (node: JSONContent): JSONContent[] => [node, ...(node.content ?? []).flatMap(blocks)];
    const arabic = blocks(buildTemplate('project_plan', { locale: 'ar' })).filter((node) => node.attrs?.dir !== undefined);
    const isEmptySlot = (node: JSONContent) =>
      ['paragraph', 'listItem', 'taskItem'].includes(node.type ?? '') && !blocks(node).some((inner) => inner.text);
    expect(arabic.filter((node) => !isEmptySlot(node)).every((node) => node.attrs?.dir === 'rtl')).toBe(true);
    expect(arabic.filter(isEmptySlot).map((node) => node.attrs?.dir)).toEqual(expect.arrayContaining(['auto']));
    expect(arabic.filter(isEmptySlot).every((node) => node.attrs?.dir === 'auto')).toBe(true);
    expect(new Set(directions(buildTemplate('project_plan', { locale: 'de' })))).toEqual(new Set(['auto']));
  });

  it('gives a project plan its nine sections in the chosen language', () => {
    const german = buildTemplate('project_plan', { locale: 'de', title: 'Abfallkonzept' });
    expect(headings(german, 1).map((h) => h.content?.[0]?.text)).toEqual(['Abfallkonzept']);
    expect(headings(german, 2).map((h) => h.content?.[0]?.text)).toEqual([
      'Ausgangslage',
      'Gemeinsames Schwerpunktthema',
      'Ziele',
      'Maßnahmen',
      'Fachbesuche',
      'Zeitplan',
      'Budget',
      'Zuständigkeiten',
      'Risiken',
    ]);
    expect(headings(buildTemplate('project_plan', { locale: 'fr' }), 2)).toHaveLength(9);
    expect(headings(buildTemplate('project_plan', { locale: 'ar' }), 2)[0]?.content?.[0]?.text).toBe('السياق');
  });

  it('prefills consultation minutes with participants, the agenda and an action item checklist', () => {
    const minutes = buildTemplate('consultation_minutes', {
      locale: 'fr',
      agenda: '1. Accueil\n- Gestion des déchets\n\n  • Divers  ',
      participants: ['Amira Ben Salah', 'Jonas Keller'],
    });
    const lists = (minutes.content ?? []).filter((node) => node.type?.endsWith('List'));
    const itemTexts = (list: JSONContent | undefined) => (list?.content ?? []).map((item) => item.content?.[0]?.content?.[0]?.text ?? '');
    expect(lists.map((list) => list.type)).toEqual(['bulletList', 'orderedList', 'bulletList', 'taskList']);
    expect(itemTexts(lists[0])).toEqual(['Amira Ben Salah', 'Jonas Keller']);
    expect(itemTexts(lists[1])).toEqual(['Accueil', 'Gestion des déchets', 'Divers']);
    expect(lists[3]?.content?.[0]?.attrs?.checked).toBe(false);
  });

  it('gives the empty slots hints that are not text: neither previewed nor exported', () => {
    const doc = docFromState(jsonToUpdate(buildTemplate('project_plan', { locale: 'de', title: 'Park' })));
    const node = docToNode(doc);
    const slots: { hint: unknown; size: number }[] = [];
    node.descendants((block) => {
      if (block.attrs.hint) slots.push({ hint: block.attrs.hint, size: block.content.size });
      return true;
    });
    expect(slots).toHaveLength(9);
    expect(slots[0]).toEqual({ hint: expect.stringMatching(/^Beschreiben Sie die Ausgangssituation/), size: 0 });
    // The headings follow each other in the plan list's preview; the hints are not in it.
    expect(planPreview(doc).textPreview).toMatch(/^Park\nAusgangslage\nGemeinsames Schwerpunktthema\nZiele\nMaßnahmen\n/);
    expect(planPreview(doc).textPreview).not.toContain('Beschreiben Sie');
    const meta = { title: 'Park', locale: 'de' } as const;
    expect(renderMarkdownDocument(node, meta)).not.toContain('Beschreiben Sie');
    expect(renderHtmlDocument(node, meta)).not.toMatch(/Beschreiben Sie|hint/);
  });

  it('reads an agenda as one item per line without list markers', () => {
    expect(agendaItems('1) Opening\n2. Budget\n\n- AOB')).toEqual(['Opening', 'Budget', 'AOB']);
    expect(agendaItems(undefined)).toEqual([]);
  });

  it('starts a blank plan with one empty paragraph', () => {
    expect(buildTemplate('blank', { locale: 'ar' }).content).toEqual([{ type: 'paragraph', attrs: { dir: 'auto' }, content: [] }]);
  });
});

describe('template ends', () => {
  it.each(['project_plan', 'consultation_minutes'] as const)('%s ends in a paragraph, so opening it writes nothing', (key) => {
    const content = buildTemplate(key, { locale: 'de', title: 'Plan' }).content ?? [];
    expect(content.at(-1)?.type).toBe('paragraph');
  });
});
