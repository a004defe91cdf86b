import { afterEach, describe, expect, it } from 'vitest';
import type { PlanResponse, PlanVersion, PlanVersionDetail } from '@jumelage/contracts/plans';
import * as Y from 'yjs';
import { latestRestore } from '@jumelage/editor/yjs';
import { addParagraph, castForFile, eventually, openCollab, serverForFile, synced, type CollabClient } from '@jumelage/test-utils';

const server = serverForFile();
const cast = castForFile(server);
const clients: CollabClient[] = [];
const open = (client = cast.member.client, planId: string) => {
  const collab = openCollab(client, planId);
  clients.push(collab);
  return collab;
};

afterEach(() => {
  for (const client of clients.splice(0)) client.destroy();
});

/** A restore replaces the text for everyone; what it replaced is kept as a version (`restoreVersion`). */
describe('restoring a version while others type', () => {
  it('keeps what a partner typed until a restore in the kept version, and that text can be restored in turn', async () => {
    const created = await cast.member.client.post<PlanResponse>(`/api/partnerships/${cast.partnership.id}/plans`, { title: 'Haushalt', templateKey: 'blank' });
    const plan = created.body.data;
    const [restorer, typist] = [open(cast.member.client, plan.id), open(cast.expert.client, plan.id)];
    await Promise.all([synced(restorer), synced(typist)]);
    const saved = await cast.member.client.post<{ data: PlanVersion }>(`/api/plans/${plan.id}/versions`, { label: 'Leer' });
    const typed: string[] = [];
    let isTyping = true;
    const typing = (async () => {
      for (let word = 0; isTyping || word < 5; word++) {
        typed.push(`K${String(word).padStart(3, '0')}`);
        addParagraph(typist.doc, typed.at(-1) ?? '');
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
    })();
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect((await cast.member.client.post(`/api/plans/${plan.id}/versions/${saved.body.data.id}/restore`)).status).toBe(200);
    isTyping = false;
    await typing;
    await eventually(() => restorer.text() === typist.text());
    const versions = (await cast.member.client.get<{ data: PlanVersion[] }>(`/api/plans/${plan.id}/versions`)).body.data;
    const kept = versions.find((version) => version.replacedAt !== null);
    const keptHtml = (await cast.member.client.get<{ data: PlanVersionDetail }>(`/api/plans/${plan.id}/versions/${kept?.id ?? ''}`)).body.data.html;
    const lost = typed.filter((word) => !keptHtml.includes(word) && !typist.text().includes(word));
    expect(lost).toEqual([]);
    expect(keptHtml).toContain('K000');

    // Restoring that kept text brings the words back; its note names it by the earlier restore's
    // time (its stored name is English), and what it replaced is kept in turn.
    expect((await cast.expert.client.post(`/api/plans/${plan.id}/versions/${kept?.id ?? ''}/restore`)).status).toBe(200);
    await eventually(() => typist.text().includes('K000') && latestRestore(typist.doc)?.restoredReplacedAt === kept?.replacedAt);
    const after = (await cast.member.client.get<{ data: PlanVersion[] }>(`/api/plans/${plan.id}/versions`)).body.data;
    expect(after.filter((version) => version.replacedAt !== null)).toHaveLength(2);
  });

  it('keeps text typed offline into a paragraph a restore removed in the version that restore kept, and not what a partner deleted', async () => {
    const created = await cast.member.client.post<PlanResponse>(`/api/partnerships/${cast.partnership.id}/plans`, { title: 'Park', templateKey: 'blank' });
    const plan = created.body.data;
    const [restorer, typist] = [open(cast.member.client, plan.id), open(cast.expert.client, plan.id)];
    await Promise.all([synced(restorer), synced(typist)]);
    addParagraph(restorer.doc, 'Wege');
    await eventually(() => typist.text().includes('Wege'));
    const saved = await cast.member.client.post<{ data: PlanVersion }>(`/api/plans/${plan.id}/versions`, { label: 'Nur Wege' });
    addParagraph(restorer.doc, 'Bewässerung');
    await eventually(() => typist.text().includes('Bewässerung'));
    const paragraphText = (doc: Y.Doc, index: number) => {
      const text = doc.getXmlFragment('default').get(index);
      const inner = text instanceof Y.XmlElement ? text.get(0) : null;
      if (!(inner instanceof Y.XmlText)) throw new Error(`no paragraph ${index}`);
      return inner;
    };

    // Offline, the expert adds to "Bewässerung"; meanwhile the restore removes that paragraph.
    typist.provider.disconnect();
    paragraphText(typist.doc, 2).insert('Bewässerung'.length, ' mit Tropfschläuchen');
    expect((await cast.member.client.post(`/api/plans/${plan.id}/versions/${saved.body.data.id}/restore`)).status).toBe(200);
    await eventually(() => !restorer.text().includes('Bewässerung'));
    typist.provider.connect();
    await synced(typist);
    await eventually(() => restorer.text() === typist.text());
    expect(typist.text()).not.toContain('Tropfschläuchen');
    const keptHtml = async () => {
      const versions = (await cast.member.client.get<{ data: PlanVersion[] }>(`/api/plans/${plan.id}/versions`)).body.data;
      const kept = versions.find((version) => version.replacedAt !== null);
      return (await cast.member.client.get<{ data: PlanVersionDetail }>(`/api/plans/${plan.id}/versions/${kept?.id ?? ''}`)).body.data.html;
    };
    await eventually(async () => (await keptHtml()).includes('Bewässerung mit Tropfschläuchen'));

    // "Wege" came through the restore: a partner deleting it while the expert types into it
    // offline is an ordinary deletion, and the kept version stays the text before the restore.
    typist.provider.disconnect();
    paragraphText(typist.doc, 1).insert(0, 'Breite ');
    restorer.doc.getXmlFragment('default').delete(1, 1);
    await eventually(() => !restorer.text().includes('Wege'));
    typist.provider.connect();
    await synced(typist);
    await eventually(() => restorer.text() === typist.text());
    const html = await keptHtml();
    expect(html).toContain('Wege');
    expect(html).not.toContain('Breite');
  });
});
