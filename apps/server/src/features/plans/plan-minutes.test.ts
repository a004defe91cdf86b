import { describe, expect, it } from 'vitest';
import type { ErrorBody } from '@jumelage/contracts/constants';
import type { ChannelResponse } from '@jumelage/contracts/consultations';
import type { PlanListResponse, PlanResponse } from '@jumelage/contracts/plans';
import { castForFile, connected, createConsultation, eventually, openSocket, serverForFile, trackSockets } from '@jumelage/test-utils';

const server = serverForFile();
const cast = castForFile(server);
const track = trackSockets();

const openMinutes = (client = cast.member.client, channelId: string, title = 'Protokoll: Bewässerung') =>
  client.post<PlanResponse>(`/api/channels/${channelId}/minutes`, { title, agenda: 'Wasserbedarf\nPumpen' });

describe('consultation minutes', () => {
  it('makes one minutes plan for both municipalities: the first to start them makes it, everyone after opens it', async () => {
    const consultation = await createConsultation(cast.owner, cast.partnership.id);
    const observer = track(openSocket(cast.observer.client));
    await connected(observer);
    const updates: string[] = [];
    observer.on('channel:updated', (event: { channelId: string }) => {
      if (event.channelId === consultation.id) updates.push(event.channelId);
    });

    const first = await openMinutes(cast.member.client, consultation.id);
    expect(first.status).toBe(201);
    expect(first.body.data).toMatchObject({ title: 'Protokoll: Bewässerung', templateKey: 'consultation_minutes' });
    // Karim's side presses the button in French: the same plan, not a "Compte rendu" beside it.
    const second = await openMinutes(cast.expert.client, consultation.id, 'Compte rendu : Bewässerung');
    expect(second.status).toBe(200);
    expect(second.body.data.id).toBe(first.body.data.id);
    const channel = await cast.observer.client.get<ChannelResponse>(`/api/channels/${consultation.id}`);
    expect(channel.body.data.consultation?.minutesPlanId).toBe(first.body.data.id);
    const plans = await cast.observer.client.get<PlanListResponse>(`/api/partnerships/${cast.partnership.id}/plans`);
    expect(plans.body.data.filter((plan) => plan.templateKey === 'consultation_minutes' && plan.title.includes('Bewässerung'))).toHaveLength(1);
    // Open consultations were told once, so their button turns into "open the minutes": a change
    // made afterwards is the second news of this consultation, not the third.
    await eventually(() => updates.length === 1);
    await cast.owner.client.patch(`/api/channels/${consultation.id}`, { title: 'Bewässerung (neu)' });
    await eventually(() => updates.length === 2);
  });

  it('agrees on one plan when both sides start the minutes at the same moment, and makes a new one once deleted', async () => {
    const consultation = await createConsultation(cast.owner, cast.partnership.id);
    const answers = await Promise.all([openMinutes(cast.member.client, consultation.id), openMinutes(cast.expert.client, consultation.id), openMinutes(cast.owner.client, consultation.id)]);
    expect(answers.map((answer) => answer.status).sort()).toEqual([200, 200, 201]);
    expect(new Set(answers.map((answer) => answer.body.data.id)).size).toBe(1);
    const planId = answers[0]?.body.data.id ?? '';
    expect((await cast.owner.client.delete(`/api/plans/${planId}`)).status).toBe(204);
    // Under a new id: an offline copy of the deleted plan in some browser cannot flow into it.
    const again = await openMinutes(cast.member.client, consultation.id);
    expect(again.status).toBe(201);
    expect(again.body.data.id).not.toBe(planId);
    const channel = await cast.owner.client.get<ChannelResponse>(`/api/channels/${consultation.id}`);
    expect(channel.body.data.consultation?.minutesPlanId).toBe(again.body.data.id);
    expect((await openMinutes(cast.expert.client, consultation.id)).body.data.id).toBe(again.body.data.id);
  });

  it('is refused to observers, outsiders and invited experts from outside, for the General channel and for a bad body', async () => {
    const consultation = await createConsultation(cast.owner, cast.partnership.id, { coordinatorIds: [cast.coordinator.id] });
    expect((await openMinutes(cast.observer.client, consultation.id)).status).toBe(403);
    expect((await openMinutes(cast.outsider.client, consultation.id)).status).toBe(404);
    // Invited, the coordinator reads the consultation, but the partnership's plans stay closed.
    expect((await openMinutes(cast.coordinator.client, consultation.id)).status).toBe(403);
    expect((await openMinutes(cast.member.client, cast.partnership.id)).status).toBe(404);
    expect((await openMinutes(cast.member.client, '0123456789abcdef01234567')).status).toBe(404);
    const bad = await cast.member.client.post<ErrorBody>(`/api/channels/${consultation.id}/minutes`, { title: ' ', templateKey: 'blank' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('validation_failed');
    const channel = await cast.owner.client.get<ChannelResponse>(`/api/channels/${consultation.id}`);
    expect(channel.body.data.consultation?.minutesPlanId).toBeNull();
  });
});
