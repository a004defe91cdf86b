import { afterEach, describe, expect, it } from 'vitest';
import { readAuthMessage } from 'y-protocols/auth';
import { applyAwarenessUpdate } from 'y-protocols/awareness';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { messageYjsSyncStep2, writeSyncStep1 } from 'y-protocols/sync';
import * as Y from 'yjs';
import { docToJSON } from '@jumelage/editor/yjs';
import {
  addParagraph,
  castForFile,
  eventually,
  openCollab,
  randomEdit,
  seededRandom,
  serverForFile,
  synced,
  type CollabClient,
  type TestUser,
} from '@jumelage/test-utils';
import { userColor } from './colors.ts';
import { messageAuth, messageAwareness, messageSync, updateMessage } from './protocol.ts';

const server = serverForFile();
const cast = castForFile(server);
const clients: CollabClient[] = [];
const open = (user: TestUser, planId: string, doc?: Y.Doc) => {
  const client = openCollab(user.client, planId, { doc });
  clients.push(client);
  return client;
};

async function createPlan(templateKey = 'blank'): Promise<string> {
  const response = await cast.member.client.post<{ data: { id: string } }>(`/api/partnerships/${cast.partnership.id}/plans`, {
    title: 'Quartierspark',
    templateKey,
    locale: 'de',
  });
  if (response.status !== 201) throw new Error(`create plan failed: ${response.status}`);
  return response.body.data.id;
}

const serverDoc = (planId: string) => server.app.collab.registry.get(planId)?.doc;

afterEach(() => {
  for (const client of clients.splice(0)) client.destroy();
});

describe('collaborative editing over y-websocket', () => {
  it('gives every client the stored document in its first sync, loading it once', async () => {
    const planId = await createPlan('project_plan');
    const loadsBefore = server.app.collab.stats().loads;
    const [a, b, c] = [open(cast.member, planId), open(cast.owner, planId), open(cast.expert, planId)];
    await Promise.all([synced(a), synced(b), synced(c)]);
    for (const client of [a, b, c]) expect(client.text()).toContain('Ausgangslage');
    expect(server.app.collab.stats().loads - loadsBefore).toBe(1);
  });

  it('converges after concurrent random inserts and deletes, and a late joiner gets the same content', async () => {
    const planId = await createPlan();
    const [a, b] = [open(cast.member, planId), open(cast.expert, planId)];
    await Promise.all([synced(a), synced(b)]);
    const [randomA, randomB] = [seededRandom(1), seededRandom(2)];
    for (let round = 0; round < 40; round++) {
      for (let i = 0; i < 5; i++) randomEdit(a.doc, randomA);
      for (let i = 0; i < 5; i++) randomEdit(b.doc, randomB);
      if (round % 10 === 0) await new Promise((resolve) => setImmediate(resolve));
    }
    await eventually(() => a.text() === b.text() && Y.encodeStateVector(a.doc).toString() === Y.encodeStateVector(b.doc).toString());
    expect(a.text().length).toBeGreaterThan(100);
    const late = open(cast.owner, planId);
    await synced(late);
    expect(late.text()).toBe(a.text());
    const doc = serverDoc(planId);
    expect(doc && docToJSON(doc)).toEqual(docToJSON(a.doc));
  });

  it("stamps awareness with the account's name and colour, whatever the client claims", async () => {
    const planId = await createPlan();
    const [mallory, witness] = [open(cast.member, planId), open(cast.owner, planId)];
    await Promise.all([synced(mallory), synced(witness)]);
    mallory.provider.awareness.setLocalState({ user: { name: 'Owner', color: '#000000' }, cursor: { anchor: 3 } });
    const seen = await eventually(() => witness.provider.awareness.getStates().get(mallory.doc.clientID));
    expect(seen).toEqual({ user: { id: cast.member.id, name: 'Member', color: userColor(cast.member.id) }, cursor: { anchor: 3 } });
    expect(userColor(cast.member.id)).toMatch(/^#[0-9a-f]{6}$/);
  });

  it('gives everyone in a plan a colour of their own, and one person the same colour in every tab', async () => {
    const planId = await createPlan();
    const people = [cast.owner, cast.member, cast.expert, cast.observer];
    const tabs = [...people, cast.member].map((user) => open(user, planId));
    const witness = open(cast.owner, planId);
    await Promise.all([...tabs, witness].map((tab) => synced(tab)));
    for (const tab of tabs) tab.provider.awareness.setLocalStateField('cursor', 1);
    const colorOf = (tab: CollabClient) => {
      const state: unknown = witness.provider.awareness.getStates().get(tab.doc.clientID);
      return (state as { user?: { color?: string } } | undefined)?.user?.color;
    };
    const colors =
      (await eventually(() => {
        const seen = tabs.map(colorOf);
        return seen.every(Boolean) ? seen : undefined;
      })) ?? [];
    expect(new Set(colors.slice(0, people.length)).size).toBe(people.length);
    expect(colors[people.length]).toBe(colors[1]);
  });

  it('tells the others when a client leaves', async () => {
    const planId = await createPlan();
    const [leaving, staying] = [open(cast.member, planId), open(cast.owner, planId)];
    await Promise.all([synced(leaving), synced(staying)]);
    leaving.provider.awareness.setLocalStateField('cursor', 1);
    await eventually(() => staying.provider.awareness.getStates().has(leaving.doc.clientID));
    leaving.provider.disconnect();
    await eventually(() => !staying.provider.awareness.getStates().has(leaving.doc.clientID));
  });

  it("answers a sync step 1 only after applying what came before it, and sends a step 2 for nothing else (the web client's \"saved\")", async () => {
    const planId = await createPlan();
    const [writer, other] = [open(cast.member, planId), open(cast.owner, planId)];
    await Promise.all([synced(writer), synced(other)]);
    const serverHad: boolean[] = [];
    const handleSync = writer.provider.messageHandlers[messageSync];
    writer.provider.messageHandlers[messageSync] = (encoder, decoder, ...rest) => {
      if (decoding.peekVarUint(decoder) === messageYjsSyncStep2) serverHad.push(serverDoc(planId)?.getXmlFragment('default').toString().includes('Entwurf 3') ?? false);
      handleSync?.(encoder, decoder, ...rest);
    };
    for (const draft of ['Entwurf 1', 'Entwurf 2']) addParagraph(other.doc, draft);
    for (const draft of ['Entwurf 1', 'Entwurf 2', 'Entwurf 3']) addParagraph(writer.doc, draft);
    // Sent right behind the updates, as the web client does after a pause in typing.
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, messageSync);
    writeSyncStep1(encoder, writer.doc);
    writer.provider.ws?.send(encoding.toUint8Array(encoder));
    await eventually(() => serverHad.length === 1);
    await eventually(() => other.text().includes('Entwurf 3') && writer.text().includes('Entwurf 1'));
    expect(serverHad).toEqual([true]);
  });

  it('relays a changed cursor at once and collects unchanged renewals into one message', async () => {
    const planId = await createPlan();
    const [a, b, c, watcher] = [open(cast.member, planId), open(cast.expert, planId), open(cast.observer, planId), open(cast.owner, planId)];
    await Promise.all([a, b, c, watcher].map(synced));
    const states = watcher.provider.awareness.getStates();
    for (const client of [a, b, c]) client.provider.awareness.setLocalStateField('cursor', 1);
    await eventually(() => [a, b, c].every((client) => states.get(client.doc.clientID)?.cursor === 1));
    const [received, receivedByB] = [awarenessReceived(watcher), awarenessReceived(b)];
    const clockOf = (client: CollabClient) => watcher.provider.awareness.meta.get(client.doc.clientID)?.clock ?? -1;
    const [bClock, cClock] = [clockOf(b), clockOf(c)];
    // What y-websocket clients do every 15 s so that the others keep their state: the same state again.
    for (const renewing of [a, b, c]) renewing.provider.awareness.setLocalState(renewing.provider.awareness.getLocalState());
    a.provider.awareness.setLocalStateField('cursor', 2);
    await eventually(() => states.get(a.doc.clientID)?.cursor === 2);
    expect([clockOf(b), clockOf(c)]).toEqual([bClock, cClock]);
    await eventually(() => clockOf(b) > bClock && clockOf(c) > cClock, { timeoutMs: 10_000 });
    // a's renewal went out with its change; b's and c's came later, together; nothing was sent twice.
    const byNumber = (x: number, y: number) => x - y;
    expect(received.filter((ids) => ids.includes(a.doc.clientID))).toHaveLength(1);
    expect(received.filter((ids) => ids.includes(b.doc.clientID) || ids.includes(c.doc.clientID)).map((ids) => ids.sort(byNumber))).toEqual([
      [b.doc.clientID, c.doc.clientID].sort(byNumber),
    ]);
    // Renewals reach their author too: an idle y-websocket client needs to hear from the server.
    await eventually(() => receivedByB.some((ids) => ids.includes(b.doc.clientID)));
  });
});

/** Records which client ids each awareness message a client receives carries (and applies it). */
function awarenessReceived(collab: CollabClient): number[][] {
  const received: number[][] = [];
  collab.provider.messageHandlers[messageAwareness] = (_encoder, decoder) => {
    const update = decoding.readVarUint8Array(decoder);
    received.push(awarenessClientIds(update));
    applyAwarenessUpdate(collab.provider.awareness, update, collab.provider);
  };
  return received;
}

function awarenessClientIds(update: Uint8Array): number[] {
  const decoder = decoding.createDecoder(update);
  const ids: number[] = [];
  for (let count = decoding.readVarUint(decoder); count > 0; count--) {
    ids.push(decoding.readVarUint(decoder));
    decoding.readVarUint(decoder);
    decoding.readVarString(decoder);
  }
  return ids;
}

/** The reasons of the "permission denied" messages a client receives. */
function refusalsOf(collab: CollabClient): string[] {
  const reasons: string[] = [];
  collab.provider.messageHandlers[messageAuth] = (_encoder, decoder) => {
    readAuthMessage(decoder, collab.doc, (_doc, reason) => reasons.push(reason));
  };
  return reasons;
}

describe('read-only connections (observers)', () => {
  it("drops an observer's document updates, telling it once, but relays its awareness", async () => {
    const planId = await createPlan();
    const [observer, member] = [open(cast.observer, planId), open(cast.member, planId)];
    const [observerRefusals, memberRefusals] = [refusalsOf(observer), refusalsOf(member)];
    await Promise.all([synced(observer), synced(member)]);
    // Messages of one connection are handled in order: once the observer's cursor arrives, what it
    // sent before has been handled (and dropped).
    const cursorArrives = async (cursor: number) => {
      observer.provider.awareness.setLocalStateField('cursor', cursor);
      await eventually(() => member.provider.awareness.getStates().get(observer.doc.clientID)?.cursor === cursor);
    };
    // Content the server already has (a local copy that loads after connecting) is no refusal.
    observer.provider.ws?.send(updateMessage(Y.encodeStateAsUpdate(member.doc)));
    await cursorArrives(1);
    expect(observerRefusals).toEqual([]);
    addParagraph(observer.doc, 'Darf nicht gespeichert werden');
    addParagraph(observer.doc, 'Auch das nicht');
    await cursorArrives(7);
    await eventually(() => observerRefusals.length > 0);
    expect(observerRefusals).toEqual(['read-only']);
    addParagraph(member.doc, 'Vom Mitglied');
    await eventually(() => serverDoc(planId)?.getXmlFragment('default').toString().includes('Vom Mitglied'));
    await eventually(() => observer.text().includes('Vom Mitglied'));
    expect(member.text()).not.toContain('Darf nicht');
    expect(serverDoc(planId)?.getXmlFragment('default').toString()).not.toContain('Darf nicht');
    const stored = await cast.member.client.get<string>(`/api/plans/${planId}/export?format=markdown`);
    expect(stored.body).toContain('Vom Mitglied');
    expect(stored.body).not.toContain('Darf nicht');
    expect(memberRefusals).toEqual([]);
  });

  it('tells an observer that a deletion was refused and keeps the deleted text', async () => {
    const planId = await createPlan();
    const [observer, member] = [open(cast.observer, planId), open(cast.member, planId)];
    const observerRefusals = refusalsOf(observer);
    await Promise.all([synced(observer), synced(member)]);
    addParagraph(member.doc, 'Bleibt stehen');
    await eventually(() => observer.text().includes('Bleibt stehen'));
    const fragment = observer.doc.getXmlFragment('default');
    fragment.delete(0, fragment.length);
    await eventually(() => observerRefusals.length > 0);
    expect(observerRefusals).toEqual(['read-only']);
    expect(serverDoc(planId)?.getXmlFragment('default').toString()).toContain('Bleibt stehen');
    expect(member.text()).toContain('Bleibt stehen');
  });
});
