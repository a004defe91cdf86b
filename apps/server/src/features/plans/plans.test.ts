import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { collabCloseCodes, type ErrorBody } from '@jumelage/contracts/constants';
import type { Plan, PlanListResponse, PlanResponse, PlanVersion, PlanVersionChanged, PlanVersionDetail } from '@jumelage/contracts/plans';
import {
  addParagraph,
  castForFile,
  connected,
  connectionClosed,
  eventually,
  openCollab,
  openSocket,
  serverForFile,
  synced,
  trackSockets,
  type CollabClient,
} from '@jumelage/test-utils';

const server = serverForFile();
const cast = castForFile(server);
const clients: CollabClient[] = [];
const track = trackSockets();
const open = (client = cast.member.client, planId: string) => {
  const collab = openCollab(client, planId);
  clients.push(collab);
  return collab;
};

async function createPlan(body: Record<string, unknown> = {}): Promise<Plan> {
  const response = await cast.member.client.post<PlanResponse>(`/api/partnerships/${cast.partnership.id}/plans`, { title: 'Abfallkonzept', templateKey: 'project_plan', ...body });
  expect(response.status).toBe(201);
  return response.body.data;
}

afterEach(() => {
  for (const client of clients.splice(0)) client.destroy();
});

describe('plans', () => {
  it("creates a plan from a template in the creator's language unless another is asked for", async () => {
    await server.models.User.updateOne({ _id: cast.expert.id }, { locale: 'fr' });
    const response = await cast.expert.client.post<PlanResponse>(`/api/partnerships/${cast.partnership.id}/plans`, { title: 'Déchets', templateKey: 'project_plan' });
    expect(response.body.data).toMatchObject({ title: 'Déchets', templateKey: 'project_plan', locale: 'fr', updatedBy: null });
    // The sections' hints are shown in the editor, not written in the plan: the preview goes from heading to heading.
    expect(response.body.data.textPreview).toMatch(/^Déchets\nContexte\nThème prioritaire commun\n/);
    expect(response.body.data.sizeBytes).toBeGreaterThan(0);
    const arabic = await createPlan({ locale: 'ar', templateKey: 'consultation_minutes', agenda: 'الترحيب\nإدارة النفايات' });
    expect(arabic.textPreview).toContain('جدول الأعمال\nالترحيب\nإدارة النفايات');
  });

  it('lists, renames and announces plans to the partnership; the title heading follows live', async () => {
    const plan = await createPlan({ title: 'Alt' });
    const socket = track(openSocket(cast.observer.client));
    await connected(socket);
    const watcher = open(cast.observer.client, plan.id);
    await synced(watcher);
    const titleHeading = () => watcher.doc.getXmlFragment('default').get(0)?.toString();
    expect(titleHeading()).toMatch(/^<heading .*>Alt<\/heading>$/);
    const announced = new Promise((resolve) => socket.once('plan:updated', resolve));
    const renamed = await cast.expert.client.patch<PlanResponse>(`/api/plans/${plan.id}`, { title: 'Neu' });
    expect(renamed.body.data.title).toBe('Neu');
    expect(await announced).toMatchObject({ partnershipId: cast.partnership.id, plan: { id: plan.id, title: 'Neu' } });
    await eventually(() => /^<heading .*>Neu<\/heading>$/.test(titleHeading() ?? ''));
    // The export (and the next one to open the plan) reads the new title there too.
    const exported = async () => (await cast.member.client.get<string>(`/api/plans/${plan.id}/export?format=markdown`)).body;
    expect((await exported()).split('\n')[0]).toBe('# Neu');
    // A heading someone rewrote stays theirs.
    const writer = open(cast.member.client, plan.id);
    await synced(writer);
    const heading = writer.doc.getXmlFragment('default').get(0);
    const headingText = heading instanceof Y.XmlElement ? heading.get(0) : null;
    if (!(headingText instanceof Y.XmlText)) throw new Error('no title heading');
    headingText.insert(3, ' (Entwurf)');
    await eventually(async () => (await exported()).startsWith('# Neu (Entwurf)'));
    expect((await cast.expert.client.patch(`/api/plans/${plan.id}`, { title: 'Später' })).status).toBe(200);
    expect(titleHeading()).toMatch(/>Neu \(Entwurf\)<\/heading>$/);
    const list = await cast.observer.client.get<PlanListResponse>(`/api/partnerships/${cast.partnership.id}/plans?limit=100`);
    expect(list.body.data.find((item) => item.id === plan.id)?.title).toBe('Später');
    expect(list.body.abilities).toEqual({ read: true, edit: false, delete: false });
  });

  it('derives preview, size and last editor from stored edits and announces them as plan:updated', async () => {
    const plan = await createPlan({ templateKey: 'blank' });
    const socket = track(openSocket(cast.owner.client));
    await connected(socket);
    const updated = new Promise<Plan>((resolve) => socket.on('plan:updated', (event) => event.plan.textPreview.includes('Neuer Inhalt') && resolve(event.plan)));
    const writer = open(cast.expert.client, plan.id);
    await synced(writer);
    addParagraph(writer.doc, 'Neuer Inhalt');
    const announced = await updated;
    expect(announced.updatedBy).toEqual({ id: cast.expert.id, name: 'Expert' });
    expect(announced.sizeBytes).toBeGreaterThan(plan.sizeBytes);
    const fetched = await cast.member.client.get<PlanResponse>(`/api/plans/${plan.id}`);
    expect(fetched.body.data.textPreview).toContain('Neuer Inhalt');
  });

  it('gives each line of the preview the language its paragraph was marked with', async () => {
    const plan = await createPlan({ templateKey: 'blank' });
    const socket = track(openSocket(cast.owner.client));
    await connected(socket);
    const updated = new Promise<Plan>((resolve) => socket.on('plan:updated', (event) => event.plan.textPreview.includes('Les arbres') && resolve(event.plan)));
    const writer = open(cast.expert.client, plan.id);
    await synced(writer);
    addParagraph(writer.doc, 'Der Park');
    // As the editor's language button stores it: a lang attribute on the paragraph.
    const french = new Y.XmlElement('paragraph');
    french.setAttribute('lang', 'fr');
    french.insert(0, [new Y.XmlText('Les arbres')]);
    writer.doc.getXmlFragment('default').push([french]);
    const lines = (found: Plan) => found.textPreview.split('\n').map((line, i) => [line, found.previewLanguages?.[i]]);
    expect(lines(await updated).slice(-2)).toEqual([['Der Park', null], ['Les arbres', 'fr']]);
    const fetched = await cast.member.client.get<PlanResponse>(`/api/plans/${plan.id}`);
    expect(lines(fetched.body.data).slice(-2)).toEqual([['Der Park', null], ['Les arbres', 'fr']]);
  });

  it('announces the edits of plans typed in at the same time, each with its own preview and editor', async () => {
    const plans = [await createPlan({ templateKey: 'blank' }), await createPlan({ templateKey: 'blank' })];
    const socket = track(openSocket(cast.owner.client));
    await connected(socket);
    const announced = new Map<string, Plan>();
    socket.on('plan:updated', (event) => event.plan.textPreview.includes('Gleichzeitig') && announced.set(event.plan.id, event.plan));
    const writers = [open(cast.expert.client, plans[0]?.id ?? ''), open(cast.member.client, plans[1]?.id ?? '')];
    await Promise.all(writers.map(synced));
    writers.forEach((writer, i) => addParagraph(writer.doc, `Gleichzeitig ${i}`));
    await eventually(() => announced.size === 2);
    expect(plans.map((plan) => announced.get(plan.id)?.textPreview)).toEqual(['Gleichzeitig 0', 'Gleichzeitig 1']);
    expect(plans.map((plan) => announced.get(plan.id)?.updatedBy)).toEqual([
      { id: cast.expert.id, name: 'Expert' },
      { id: cast.member.id, name: 'Member' },
    ]);
    const list = await cast.observer.client.get<PlanListResponse>(`/api/partnerships/${cast.partnership.id}/plans?limit=100`);
    expect(plans.map((plan) => list.body.data.find((item) => item.id === plan.id)?.textPreview)).toEqual(['Gleichzeitig 0', 'Gleichzeitig 1']);
  });

  it('announces changes and shows the cursor under the name a user took while editing', async () => {
    const plan = await createPlan({ templateKey: 'blank' });
    const socket = track(openSocket(cast.owner.client));
    await connected(socket);
    const [writer, watcher] = [open(cast.expert.client, plan.id), open(cast.owner.client, plan.id)];
    await Promise.all([synced(writer), synced(watcher)]);
    try {
      expect((await cast.expert.client.patch('/api/users/me', { name: 'Dr. Expertin' })).status).toBe(200);
      const announced = new Promise<Plan>((resolve) => socket.on('plan:updated', (event) => event.plan.textPreview.includes('Umbenannt') && resolve(event.plan)));
      addParagraph(writer.doc, 'Umbenannt');
      writer.provider.awareness.setLocalState({ cursor: { anchor: 1 } });
      expect((await announced).updatedBy).toEqual({ id: cast.expert.id, name: 'Dr. Expertin' });
      const seen = await eventually(() => watcher.provider.awareness.getStates().get(writer.doc.clientID));
      expect(seen).toMatchObject({ user: { id: cast.expert.id, name: 'Dr. Expertin' } });
    } finally {
      await cast.expert.client.patch('/api/users/me', { name: 'Expert' });
    }
  });

  it('announces the preview of the last edit after its editor left and the document was freed', async () => {
    const plan = await createPlan({ templateKey: 'blank' });
    const socket = track(openSocket(cast.owner.client));
    await connected(socket);
    const announcedWith = (text: string) => new Promise<Plan>((resolve) => socket.on('plan:updated', (event) => event.plan.textPreview.includes(text) && resolve(event.plan)));
    const [first, last] = [announcedWith('Erster Absatz'), announcedWith('Letzter Absatz')];
    const writer = open(cast.expert.client, plan.id);
    await synced(writer);
    addParagraph(writer.doc, 'Erster Absatz');
    await first;
    // Within the few seconds between two announcements of a plan: the latest waits for the next one.
    addParagraph(writer.doc, 'Letzter Absatz');
    await eventually(() => server.app.collab.registry.get(plan.id)?.doc.getXmlFragment('default').toString().includes('Letzter') ?? false);
    writer.destroy();
    await eventually(() => server.app.collab.registry.get(plan.id) === undefined);
    expect((await last).textPreview).toContain('Erster Absatz\nLetzter Absatz');
  });

  it('deletes a plan for its owner, closing open editors with 4404 and unlinking milestones', async () => {
    const plan = await createPlan();
    const linked = await cast.owner.client.post<{ data: { id: string } }>(`/api/partnerships/${cast.partnership.id}/milestones`, { title: 'Plan fertig', planId: plan.id });
    const editor = open(cast.member.client, plan.id);
    await synced(editor);
    const closed = connectionClosed(editor);
    expect((await cast.owner.client.delete(`/api/plans/${plan.id}`)).status).toBe(204);
    expect((await closed).code).toBe(collabCloseCodes.planDeleted);
    expect((await cast.owner.client.get(`/api/plans/${plan.id}`)).status).toBe(404);
    expect(await server.models.PlanUpdate.countDocuments({ planId: plan.id })).toBe(0);
    const milestone = await cast.owner.client.get<{ data: { planId: string | null; version: number } }>(`/api/milestones/${linked.body.data.id}`);
    expect(milestone.body.data).toMatchObject({ planId: null, version: 1 });
  });

  it('answers a rename that meets the plan\'s deletion with 404 or the new title, never an error', async () => {
    for (let round = 0; round < 3; round++) {
      const plan = await createPlan();
      const [renamed, deleted] = await Promise.all([
        cast.member.client.patch<PlanResponse>(`/api/plans/${plan.id}`, { title: 'Umbenannt' }),
        cast.owner.client.delete(`/api/plans/${plan.id}`),
      ]);
      expect(deleted.status).toBe(204);
      expect([200, 404]).toContain(renamed.status);
      expect((await cast.owner.client.get(`/api/plans/${plan.id}`)).status).toBe(404);
      // The renamed title heading left no change behind for the deleted plan (a document is freed
      // once its writes are done).
      await eventually(() => server.app.collab.registry.get(plan.id) === undefined);
      expect(await server.models.PlanUpdate.countDocuments({ planId: plan.id })).toBe(0);
    }
  });
});

describe('plan versions', () => {
  it('saves a named version, then restores it as a new change that open editors receive live', async () => {
    const plan = await createPlan({ templateKey: 'blank' });
    const [editor, watcher] = [open(cast.member.client, plan.id), open(cast.observer.client, plan.id)];
    await Promise.all([synced(editor), synced(watcher)]);
    addParagraph(editor.doc, 'Fassung eins');
    await eventually(() => watcher.text().includes('Fassung eins'));
    const created = await cast.member.client.post<{ data: PlanVersion }>(`/api/plans/${plan.id}/versions`, { label: 'Vor der Sitzung' });
    expect(created.status).toBe(201);
    expect(created.body.data).toMatchObject({ label: 'Vor der Sitzung', createdBy: { id: cast.member.id, name: 'Member' } });
    const versionText = editor.text();

    addParagraph(editor.doc, 'Später ergänzt');
    await eventually(() => watcher.text().includes('Später ergänzt'));
    const versionId = created.body.data.id;
    const viewed = await cast.observer.client.get<{ data: PlanVersionDetail }>(`/api/plans/${plan.id}/versions/${versionId}`);
    expect(viewed.body.data.html).toContain('Fassung eins');
    expect(viewed.body.data.html).not.toContain('Später');

    const socket = track(openSocket(cast.observer.client));
    await connected(socket);
    const creditedToExpert = new Promise<Plan>((resolve) => socket.on('plan:updated', (event) => event.plan.updatedBy?.id === cast.expert.id && resolve(event.plan)));
    const keptAnnounced = new Promise<PlanVersionChanged>((resolve) => socket.on('planVersion:created', resolve));
    const restored = await cast.expert.client.post(`/api/plans/${plan.id}/versions/${versionId}/restore`);
    expect(restored.status).toBe(200);
    await eventually(() => watcher.text() === versionText && editor.text() === versionText);
    // The restore is announced as the restorer's change.
    const credited = await creditedToExpert;
    expect(credited.updatedBy).toEqual({ id: cast.expert.id, name: 'Expert' });
    expect(credited.textPreview).not.toContain('Später');
    // The text it replaced is kept as a version of its own, announced to the partnership.
    const list = await cast.observer.client.get<{ data: PlanVersion[] }>(`/api/plans/${plan.id}/versions`);
    expect(list.body.data.map((version) => [version.label, version.replacedAt !== null])).toEqual([
      [expect.stringMatching(/^Text before the restore of \d{4}-\d\d-\d\d \d\d:\d\d UTC$/), true],
      ['Vor der Sitzung', false],
    ]);
    const [kept] = list.body.data;
    expect((await keptAnnounced).version).toEqual(kept);
    expect(kept?.createdBy).toEqual({ id: cast.expert.id, name: 'Expert' });
    const keptText = await cast.observer.client.get<{ data: PlanVersionDetail }>(`/api/plans/${plan.id}/versions/${kept?.id ?? ''}`);
    expect(keptText.body.data.html).toContain('Später ergänzt');
    // Restoring it again replaces nothing, so nothing more is kept; a rename makes it a name.
    await cast.expert.client.post(`/api/plans/${plan.id}/versions/${versionId}/restore`);
    expect((await cast.observer.client.get<{ data: PlanVersion[] }>(`/api/plans/${plan.id}/versions`)).body.data).toHaveLength(2);
    const renamed = await cast.member.client.patch<{ data: PlanVersion }>(`/api/plans/${plan.id}/versions/${kept?.id ?? ''}`, { label: kept?.label });
    expect(renamed.body.data).toMatchObject({ label: kept?.label, replacedAt: null });
    expect(await cast.observer.client.get(`/api/plans/${plan.id}/versions/0123456789abcdef01234567`)).toMatchObject({ status: 404 });
  });
  it("tells the partnership's members of a saved version live, and nobody outside it", async () => {
    const plan = await createPlan();
    const [observer, coordinator] = [track(openSocket(cast.observer.client)), track(openSocket(cast.coordinator.client))];
    await Promise.all([connected(observer), connected(coordinator)]);
    const seenByCoordinator: unknown[] = [];
    coordinator.on('planVersion:created', (event) => seenByCoordinator.push(event));
    const seen = new Promise<PlanVersionChanged>((resolve) => observer.on('planVersion:created', resolve));
    const created = await cast.member.client.post<{ data: PlanVersion }>(`/api/plans/${plan.id}/versions`, { label: 'Für den Stadtrat' });
    expect(await seen).toEqual({ partnershipId: cast.partnership.id, planId: plan.id, version: created.body.data });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(seenByCoordinator).toEqual([]);
  });

  it('renames a version, keeping its content, and tells the partnership live', async () => {
    const [plan, other] = await Promise.all([createPlan(), createPlan()]);
    const url = `/api/plans/${plan.id}/versions`;
    const created = await cast.member.client.post<{ data: PlanVersion }>(url, { label: 'Für den Stadtrad' });
    const versionUrl = `${url}/${created.body.data.id}`;
    const before = await cast.member.client.get<{ data: PlanVersionDetail }>(versionUrl);
    const observer = track(openSocket(cast.observer.client));
    await connected(observer);
    const seen = new Promise<PlanVersionChanged>((resolve) => observer.on('planVersion:renamed', resolve));

    const renamed = await cast.expert.client.patch<{ data: PlanVersion }>(versionUrl, { label: '  Für den Stadtrat ' });
    expect(renamed.status).toBe(200);
    expect(renamed.body.data).toEqual({ ...created.body.data, label: 'Für den Stadtrat' });
    expect(await seen).toEqual({ partnershipId: cast.partnership.id, planId: plan.id, version: renamed.body.data });
    const after = await cast.observer.client.get<{ data: PlanVersionDetail }>(versionUrl);
    expect(after.body.data).toEqual({ ...before.body.data, label: 'Für den Stadtrat' });
    const list = await cast.observer.client.get<{ data: PlanVersion[] }>(url);
    expect(list.body.data.map((version) => version.label)).toEqual(['Für den Stadtrat']);

    // Bad names are refused with the field named; a version is found only under its own plan.
    for (const body of [{ label: ' ' }, { label: 'x'.repeat(121) }, { label: 'Gut', id: created.body.data.id }, {}]) {
      const refused = await cast.member.client.patch<ErrorBody>(versionUrl, body);
      expect(refused.status).toBe(400);
      expect(refused.body.error.code).toBe('validation_failed');
    }
    expect((await cast.member.client.patch(`/api/plans/${other.id}/versions/${created.body.data.id}`, { label: 'Fremd' })).status).toBe(404);
    expect((await cast.member.client.patch(`${url}/0123456789abcdef01234567`, { label: 'Fremd' })).status).toBe(404);
    expect((await cast.member.client.get<{ data: PlanVersion[] }>(url)).body.data.map((version) => version.label)).toEqual(['Für den Stadtrat']);
  });

  it('leaves nothing of a plan behind when a version is saved or restored while the plan is deleted', async () => {
    for (let round = 0; round < 3; round++) {
      const plan = await createPlan();
      const saved = await cast.member.client.post<{ data: PlanVersion }>(`/api/plans/${plan.id}/versions`, { label: 'Stand' });
      const [created, restored, deleted] = await Promise.all([
        cast.member.client.post(`/api/plans/${plan.id}/versions`, { label: 'Im Löschen' }),
        cast.member.client.post(`/api/plans/${plan.id}/versions/${saved.body.data.id}/restore`),
        cast.owner.client.delete(`/api/plans/${plan.id}`),
      ]);
      expect(deleted.status).toBe(204);
      expect([201, 404]).toContain(created.status);
      expect([200, 404]).toContain(restored.status);
      // A restored change that was kept would be written within the batch window.
      await eventually(() => server.app.collab.registry.get(plan.id) === undefined);
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(await server.models.PlanVersion.countDocuments({ planId: plan.id })).toBe(0);
      expect(await server.models.PlanUpdate.countDocuments({ planId: plan.id })).toBe(0);
    }
  });
});

describe('plan export', () => {
  /** Appends a list as the editor stores one made from typed paragraphs: the list and its items keep the direction "auto". */
  async function addList(doc: CollabClient['doc'], type: 'bulletList' | 'taskList', items: readonly [string, 'ltr' | 'rtl'][]) {
    const { XmlElement, XmlText } = await import('yjs');
    const list = new XmlElement(type);
    list.insert(
      0,
      items.map(([text, dir]) => {
        const item = new XmlElement(type === 'taskList' ? 'taskItem' : 'listItem');
        const paragraph = new XmlElement('paragraph');
        paragraph.setAttribute('dir', dir);
        paragraph.insert(0, [new XmlText(text)]);
        item.insert(0, [paragraph]);
        return item;
      }),
    );
    doc.getXmlFragment('default').push([list]);
  }

  it('exports Arabic and German paragraphs as Markdown and as printable HTML', async () => {
    const plan = await createPlan({ templateKey: 'blank', title: 'Plan Jendouba – Wolfsburg' });
    const editor = open(cast.member.client, plan.id);
    await synced(editor);
    addParagraph(editor.doc, 'تعاون في إدارة النفايات', 'rtl');
    addParagraph(editor.doc, 'Zusammenarbeit in der Abfallwirtschaft <b>', 'ltr');
    await eventually(() => server.app.collab.registry.get(plan.id)?.doc.getXmlFragment('default').toString().includes('Abfallwirtschaft'));

    const html = await cast.observer.client.get<string>(`/api/plans/${plan.id}/export?format=html`);
    expect(html.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(html.headers.get('content-disposition')).toBe(
      `attachment; filename="Plan Jendouba - Wolfsburg.html"; filename*=UTF-8''Plan%20Jendouba%20%E2%80%93%20Wolfsburg.html`,
    );
    expect(html.body).toContain('<html lang="en" dir="ltr">');
    expect(html.body).toContain('<title>Plan Jendouba – Wolfsburg</title>');
    expect(html.body).toContain('<main><h1 dir="auto">Plan Jendouba – Wolfsburg</h1>');
    // The Arabic paragraph of an English plan is marked as Arabic for screen readers.
    expect(html.body).toContain('<p dir="rtl" lang="ar">تعاون في إدارة النفايات</p>');
    expect(html.body).toContain('<p dir="ltr">Zusammenarbeit in der Abfallwirtschaft &lt;b&gt;</p>');
    // The reading copy shown while the editor loads: the same body, without the page around it.
    const reading = await cast.observer.client.get<{ data: { html: string } }>(`/api/plans/${plan.id}/reading`);
    expect(reading.body.data.html).toContain('<p dir="rtl" lang="ar">تعاون في إدارة النفايات</p>');
    expect(reading.body.data.html).toContain('<p dir="ltr">Zusammenarbeit in der Abfallwirtschaft &lt;b&gt;</p>');
    expect(reading.body.data.html).not.toContain('<title>');

    const markdown = await cast.observer.client.get<string>(`/api/plans/${plan.id}/export?format=markdown`);
    expect(markdown.headers.get('content-type')).toBe('text/markdown; charset=utf-8');
    expect(markdown.body).toBe('# Plan Jendouba – Wolfsburg\n\nتعاون في إدارة النفايات\n\nZusammenarbeit in der Abfallwirtschaft \\<b\\>\n');
    expect((await cast.observer.client.get(`/api/plans/${plan.id}/export?format=pdf`)).status).toBe(400);
  });

  it('exports an Arabic plan right to left, whoever asks, with each list beside its own text', async () => {
    const plan = await createPlan({ templateKey: 'blank', title: 'حديقة الحي', locale: 'ar' });
    await server.models.User.updateOne({ _id: cast.observer.id }, { locale: 'de' });
    const editor = open(cast.member.client, plan.id);
    await synced(editor);
    await addList(editor.doc, 'bulletList', [['جمع النفايات', 'rtl']]);
    await addList(editor.doc, 'bulletList', [['Mülltrennung', 'ltr']]);
    await addList(editor.doc, 'taskList', [['زيارة فولفسبورغ', 'rtl']]);
    await eventually(() => server.app.collab.registry.get(plan.id)?.doc.getXmlFragment('default').toString().includes('زيارة'));

    const html = (await cast.observer.client.get<string>(`/api/plans/${plan.id}/export?format=html`)).body;
    expect(html).toContain('<html lang="ar" dir="rtl">');
    expect(html).toContain('<ul dir="rtl"><li dir="rtl"><p dir="rtl">جمع النفايات</p></li></ul>');
    expect(html).toContain('<ul dir="ltr"><li dir="ltr"><p dir="ltr">Mülltrennung</p></li></ul>');
    expect(html).toContain('<li data-type="taskItem" dir="rtl"><span class="task-state" role="img" aria-label="غير منجز">☐</span>');
  });

  it('keeps an edited template title as the only level-1 heading in both formats', async () => {
    const plan = await createPlan({ title: 'Quartierspark Projektplan' });
    const editor = open(cast.member.client, plan.id);
    await synced(editor);
    const { XmlElement, XmlText } = await import('yjs');
    const heading = editor.doc.getXmlFragment('default').get(0);
    const title = heading instanceof XmlElement ? heading.get(0) : undefined;
    if (!(title instanceof XmlText)) throw new Error('the template starts with a heading');
    title.insert(title.length, ' Karim écrit ici.');
    await eventually(() => server.app.collab.registry.get(plan.id)?.doc.getXmlFragment('default').toString().includes('Karim'));

    const markdown = (await cast.observer.client.get<string>(`/api/plans/${plan.id}/export?format=markdown`)).body;
    expect(markdown.match(/^# .*$/gm)).toEqual(['# Quartierspark Projektplan Karim écrit ici.']);
    const html = (await cast.observer.client.get<string>(`/api/plans/${plan.id}/export?format=html`)).body;
    expect(html.match(/<h1[^>]*>[^<]*<\/h1>/g)).toEqual(['<h1 dir="auto">Quartierspark Projektplan Karim écrit ici.</h1>']);
    expect(html).toContain('<title>Quartierspark Projektplan</title>');
  });
});
