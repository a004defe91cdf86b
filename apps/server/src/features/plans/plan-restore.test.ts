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
    const { plan, restorer, typist } = await planWithTwo('Park');
    await write(restorer, typist, 'Wege');
    const saved = await saveVersion(plan.id, 'Nur Wege');
    await write(restorer, typist, 'Bewässerung');

    // Offline, the expert adds to "Bewässerung"; meanwhile the restore removes that paragraph.
    typist.provider.disconnect();
    paragraphText(typist.doc, 2).insert('Bewässerung'.length, ' mit Tropfschläuchen');
    await restore(plan.id, saved);
    await eventually(() => !restorer.text().includes('Bewässerung'));
    await reconnect(typist, restorer);
    expect(typist.text()).not.toContain('Tropfschläuchen');
    await eventually(async () => (await keptHtml(plan.id))[0]?.includes('Bewässerung mit Tropfschläuchen'));
    // The version names who wrote into it after the restore.
    expect((await keptVersions(plan.id))[0]?.lateEditors.map((editor) => editor.id)).toEqual([cast.expert.id]);

    // "Wege" came through the restore: a partner deleting it while the expert types into it
    // offline is an ordinary deletion, and the kept version stays the text before the restore.
    typist.provider.disconnect();
    paragraphText(typist.doc, 1).insert(0, 'Breite ');
    restorer.doc.getXmlFragment('default').delete(1, 1);
    await eventually(() => !restorer.text().includes('Wege'));
    await reconnect(typist, restorer);
    const [html] = await keptHtml(plan.id);
    expect(html).toContain('Wege');
    expect(html).not.toContain('Breite');
    expect((await keptVersions(plan.id))[0]?.lateEditors.map((editor) => editor.id)).toEqual([cast.expert.id]);
  });

  it('puts what one offline session typed into paragraphs two restores removed into each restore\'s kept version', async () => {
    const { plan, restorer, typist } = await planWithTwo('Markt');
    await write(restorer, typist, 'Stände');
    const onlyStalls = await saveVersion(plan.id, 'Stände');
    await write(restorer, typist, 'Strom');
    const withPower = await saveVersion(plan.id, 'Strom');
    await write(restorer, typist, 'Wasser');

    typist.provider.disconnect();
    paragraphText(typist.doc, 2).insert('Strom'.length, ' 16 A');
    paragraphText(typist.doc, 3).insert('Wasser'.length, ' aus dem Brunnen');
    await restore(plan.id, withPower); // removes "Wasser"
    await restore(plan.id, onlyStalls); // removes "Strom"
    await eventually(() => !restorer.text().includes('Strom'));
    await reconnect(typist, restorer);
    // Newest first: the text before the second restore, then before the first.
    await eventually(async () => {
      const [beforeSecond, beforeFirst] = await keptHtml(plan.id);
      return beforeSecond?.includes('Strom 16 A') && beforeFirst?.includes('Wasser aus dem Brunnen');
    });
  });
});

const planWithTwo = async (title: string) => {
  const created = await cast.member.client.post<PlanResponse>(`/api/partnerships/${cast.partnership.id}/plans`, { title, templateKey: 'blank' });
  const plan = created.body.data;
  const [restorer, typist] = [open(cast.member.client, plan.id), open(cast.expert.client, plan.id)];
  await Promise.all([synced(restorer), synced(typist)]);
  return { plan, restorer, typist };
};

/** The restorer adds a paragraph; the typist has it. */
const write = async (restorer: CollabClient, typist: CollabClient, text: string) => {
  addParagraph(restorer.doc, text);
  await eventually(() => typist.text().includes(text));
};

const saveVersion = async (planId: string, label: string) =>
  (await cast.member.client.post<{ data: PlanVersion }>(`/api/plans/${planId}/versions`, { label })).body.data;

const restore = async (planId: string, version: PlanVersion) =>
  expect((await cast.member.client.post(`/api/plans/${planId}/versions/${version.id}/restore`)).status).toBe(200);

/** Back online, the typist sends what it typed and both hold the same text again. */
const reconnect = async (typist: CollabClient, other: CollabClient) => {
  typist.provider.connect();
  await synced(typist);
  await eventually(() => other.text() === typist.text());
};

const paragraphText = (doc: Y.Doc, index: number) => {
  const paragraph = doc.getXmlFragment('default').get(index);
  const text = paragraph instanceof Y.XmlElement ? paragraph.get(0) : null;
  if (!(text instanceof Y.XmlText)) throw new Error(`no paragraph ${index}`);
  return text;
};

/** The versions restores kept, newest first. */
const keptVersions = async (planId: string) =>
  (await cast.member.client.get<{ data: PlanVersion[] }>(`/api/plans/${planId}/versions`)).body.data.filter((version) => version.replacedAt !== null);

/** The HTML of the versions restores kept, newest first. */
const keptHtml = async (planId: string) => {
  const kept = await keptVersions(planId);
  return Promise.all(
    kept.map(async (version) => (await cast.member.client.get<{ data: PlanVersionDetail }>(`/api/plans/${planId}/versions/${version.id}`)).body.data.html),
  );
};
