import mongoose from 'mongoose';
import { describe, expect, it } from 'vitest';
import type { ErrorBody } from '@jumelage/contracts/constants';
import { castForFile, connected, consultationBody, eventually, openSocket, serverForFile, trackSockets, type TestClient } from '@jumelage/test-utils';

// A create whose answer was lost is sent again by the person pressing the button once more, with
// the id the form chose when it opened: the second answers what the first made.

const server = serverForFile();
const cast = castForFile(server);
const track = trackSockets();

interface Created {
  data: { id: string; title?: string; label?: string };
}

/** Sends the same create twice; returns both answers and how many `event`s the owner's socket saw for it. */
async function sendTwice(client: TestClient, url: string, body: Record<string, unknown>, event: string) {
  const watcher = track(openSocket(cast.owner.client));
  await connected(watcher);
  const seen: unknown[] = [];
  watcher.onAny((name: string, payload: unknown) => {
    if (name === event) seen.push(payload);
  });
  const first = await client.post<Created>(url, body);
  const again = await client.post<Created>(url, body);
  return { first, again, seen };
}

const newId = () => new mongoose.Types.ObjectId().toHexString();

describe('creates sent again under the id the client chose', () => {
  it('make one plan, announced once; a stranger to that plan cannot claim its id', async () => {
    const id = newId();
    const url = `/api/partnerships/${cast.partnership.id}/plans`;
    const { first, again, seen } = await sendTwice(cast.member.client, url, { id, title: 'Quartierspark', templateKey: 'project_plan' }, 'plan:created');
    expect([first.status, again.status]).toEqual([201, 200]);
    expect(first.body.data.id).toBe(id);
    expect(again.body.data).toMatchObject({ id, title: 'Quartierspark' });
    expect(await server.models.Plan.countDocuments({ title: 'Quartierspark' })).toBe(1);
    // The template's content was stored once: a second row would double every heading.
    expect(await server.models.PlanUpdate.countDocuments({ planId: id })).toBe(1);
    await eventually(() => expect(seen).toHaveLength(1));
    const other = await cast.owner.client.post<ErrorBody>(url, { id, title: 'Fremd', templateKey: 'blank' });
    expect(other.status).toBe(409);
    expect(other.body.error.code).toBe('conflict');
  });

  it('make one named version', async () => {
    const plan = await cast.member.client.post<Created>(`/api/partnerships/${cast.partnership.id}/plans`, { title: 'Haushalt', templateKey: 'blank' });
    const id = newId();
    const url = `/api/plans/${plan.body.data.id}/versions`;
    const { first, again } = await sendTwice(cast.member.client, url, { id, label: 'Entwurf 1' }, 'planVersion:created');
    expect([first.status, again.status]).toEqual([201, 200]);
    expect(again.body.data).toMatchObject({ id, label: 'Entwurf 1' });
    expect(await server.models.PlanVersion.countDocuments({ planId: plan.body.data.id })).toBe(1);
    // A version id cannot be claimed for another plan.
    const elsewhere = await cast.member.client.post<Created>(`/api/partnerships/${cast.partnership.id}/plans`, { title: 'Zeitplan', templateKey: 'blank' });
    expect((await cast.member.client.post<ErrorBody>(`/api/plans/${elsewhere.body.data.id}/versions`, { id, label: 'x' })).status).toBe(409);
  });

  it('schedule one consultation, announced once', async () => {
    const id = newId();
    const url = `/api/partnerships/${cast.partnership.id}/channels`;
    const { first, again, seen } = await sendTwice(cast.member.client, url, { ...consultationBody({ title: 'Bewässerung' }), id }, 'channel:created');
    expect([first.status, again.status]).toEqual([201, 200]);
    expect(again.body.data).toMatchObject({ id, title: 'Bewässerung' });
    expect(await server.models.Channel.countDocuments({ title: 'Bewässerung' })).toBe(1);
    await eventually(() => expect(seen).toHaveLength(1));
    // An id from a clock days away is not taken: that create makes a consultation of its own.
    const farClock = mongoose.Types.ObjectId.createFromTime(Math.floor(Date.now() / 1000) - 3 * 24 * 3600).toHexString();
    const fresh = await cast.member.client.post<Created>(url, { ...consultationBody({ title: 'Alte Uhr' }), id: farClock });
    expect(fresh.status).toBe(201);
    expect(fresh.body.data.id).not.toBe(farClock);
  });
});
