import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { buildTemplate } from './templates.ts';
import { planPreview } from './text.ts';

const textPreview = (doc: Y.Doc, maxLength?: number) => planPreview(doc, maxLength).textPreview;
import { docFromState, docToJSON, docToNode, jsonToUpdate, latestRestore, planFragmentName, renameTitleHeading, replaceContent } from './yjs.ts';

describe('Yjs conversion', () => {
  it('restores older content as a new change that collaborators receive', () => {
    const live = docFromState(jsonToUpdate(buildTemplate('project_plan', { locale: 'en', title: 'Version one' })));
    const version = docToNode(live);
    const collaborator = docFromState(Y.encodeStateAsUpdate(live));
    live.getXmlFragment(planFragmentName).delete(0, 3);
    Y.applyUpdate(collaborator, Y.encodeStateAsUpdate(live, Y.encodeStateVector(collaborator)));
    expect(docToJSON(collaborator)).not.toEqual(version.toJSON());

    const updates: Uint8Array[] = [];
    live.on('update', (update: Uint8Array) => updates.push(update));
    const note = { versionId: 'v1', label: 'Version one', by: { id: 'u1', name: 'Anna' }, at: '2026-11-23T10:00:00.000Z' };
    replaceContent(live, version, 'restore', note);
    // One update carries both the content and the note, so a client learns of the restore as it arrives.
    expect(updates).toHaveLength(1);
    expect(latestRestore(collaborator)).toBeUndefined();
    for (const update of updates) Y.applyUpdate(collaborator, update);
    expect(docToJSON(collaborator)).toEqual(version.toJSON());
    expect(latestRestore(collaborator)).toEqual(note);
  });

  it('renames the title heading while it reads the old title, and leaves a rewritten or formatted one', () => {
    const plan = () => docFromState(jsonToUpdate(buildTemplate('project_plan', { locale: 'de', title: 'Park' })));
    const firstBlock = (doc: Y.Doc) => docToJSON(doc).content?.[0];
    const renamed = plan();
    expect(renameTitleHeading(renamed, 'Park', 'Quartierspark 2027', 'rename')).toBe(true);
    expect(firstBlock(renamed)).toMatchObject({ type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: 'Quartierspark 2027' }] });
    expect(renameTitleHeading(renamed, 'Park', 'Anders', 'rename')).toBe(false);

    const rewritten = plan();
    const heading = rewritten.getXmlFragment(planFragmentName).get(0);
    const text = heading instanceof Y.XmlElement ? heading.get(0) : null;
    if (!(text instanceof Y.XmlText)) throw new Error('no title heading');
    text.insert(4, ' (Entwurf)');
    expect(renameTitleHeading(rewritten, 'Park', 'Quartierspark', 'rename')).toBe(false);
    text.delete(4, 10);
    text.format(0, 4, { bold: {} });
    expect(renameTitleHeading(rewritten, 'Park', 'Quartierspark', 'rename')).toBe(false);
    expect(firstBlock(rewritten)?.content?.[0]?.text).toBe('Park');

    const blank = docFromState(jsonToUpdate({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Park' }] }] }));
    expect(renameTitleHeading(blank, 'Park', 'Quartierspark', 'rename')).toBe(false);
  });

  it('never changes the live document while reading it', () => {
    const doc = new Y.Doc();
    const fragment = doc.getXmlFragment(planFragmentName);
    fragment.insert(0, [new Y.XmlElement('noSuchNode'), new Y.XmlElement('paragraph')]);
    expect(docToJSON(doc).content).toEqual([{ type: 'paragraph', attrs: { dir: 'auto', lang: null, hint: null } }]);
    expect(fragment.length).toBe(2);
  });

  it('previews the first characters of plain text across blocks, a line each', () => {
    const doc = docFromState(jsonToUpdate(buildTemplate('consultation_minutes', { locale: 'de', title: 'Sitzung', participants: ['Anna'] })));
    expect(textPreview(doc)).toMatch(/^Sitzung\nTeilnehmende\nAnna\nTagesordnung/);
    expect(textPreview(doc, 12)).toBe('Sitzung\nTei…');
    expect(textPreview(new Y.Doc())).toBe('');
  });

  it('gives each line of the preview the language its block was marked with', () => {
    const block = (type: string, text: string, lang?: string) => ({ type, attrs: { lang, level: 2 }, content: [{ type: 'text', text }] });
    const doc = docFromState(jsonToUpdate({ type: 'doc', content: [block('heading', 'Calendrier', 'fr'), block('paragraph', 'Der Park'), block('paragraph', 'Les arbres', 'fr-FR')] }));
    expect(planPreview(doc)).toEqual({ textPreview: 'Calendrier\nDer Park\nLes arbres', previewLanguages: ['fr', '', 'fr'] });
    // Cut after two lines: as many languages as lines.
    expect(planPreview(doc, 15)).toEqual({ textPreview: 'Calendrier\nDer…', previewLanguages: ['fr', ''] });
  });

  it('keeps the languages in step with the lines through empty blocks, lists, task lists and tables', () => {
    const paragraph = (text: string, lang?: string) => ({ type: 'paragraph', attrs: { lang }, content: text ? [{ type: 'text', text }] : [] });
    const item = (type: string, ...content: object[]) => ({ type, content });
    const doc = docFromState(
      jsonToUpdate({
        type: 'doc',
        content: [
          paragraph(''),
          paragraph('   ', 'de'),
          paragraph('Le parc', 'fr'),
          item('bulletList', item('listItem', paragraph('Bäume'), paragraph('الأشجار', 'ar'))),
          item('taskList', { type: 'taskItem', attrs: { checked: false }, content: [paragraph('Bancs', 'fr')] }),
          item('table', item('tableRow', item('tableCell', paragraph('Kosten')), item('tableCell', paragraph('Budget', 'en')))),
        ],
      }),
    );
    const { textPreview: text, previewLanguages } = planPreview(doc);
    expect(text).toBe('Le parc\nBäume\nالأشجار\nBancs\nKosten\nBudget');
    expect(previewLanguages).toEqual(['fr', '', 'ar', 'fr', '', 'en']);
  });

  it('previews a long paragraph without its deleted or formatting parts and marks the cut', () => {
    const doc = new Y.Doc();
    const paragraph = new Y.XmlElement('paragraph');
    const text = new Y.XmlText();
    paragraph.insert(0, [text]);
    doc.getXmlFragment(planFragmentName).insert(0, [paragraph]);
    text.insert(0, `Haushalt${' \n '.repeat(50)}2027 `.repeat(200));
    text.insert(0, 'Entwurf gelöscht ');
    text.delete(8, 9);
    text.format(0, 7, { bold: true });
    const preview = textPreview(doc, 40);
    expect(preview).toBe('Entwurf Haushalt 2027 Haushalt 2027 Hau…');
    expect(Array.from(preview)).toHaveLength(40);
  });
});
