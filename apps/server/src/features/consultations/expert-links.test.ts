import { describe, expect, it } from 'vitest';
import mongoose from 'mongoose';
import type { ErrorBody } from '@jumelage/contracts/constants';
import type { ChannelRef, ExpertLink, ExpertLinkPreview, InvitedConsultationListResponse } from '@jumelage/contracts/consultations';
import type { OpenLink } from '@jumelage/contracts/partnerships';
import {
  addMember,
  castForFile,
  connected,
  createConsultation,
  createUser,
  nextEvent,
  openSocket,
  serverForFile,
  type TestUser,
} from '@jumelage/test-utils';
import { hashToken } from '../auth/sessions.ts';
import { updateConsultation } from './channels.commands.ts';

const server = serverForFile({ chat: { messagesPerSecond: 1000 } });
const cast = castForFile(server);

async function createLink(user: TestUser, channelId: string): Promise<ExpertLink> {
  const response = await user.client.post<{ data: ExpertLink }>(`/api/channels/${channelId}/invitations`, {});
  expect(response.status).toBe(201);
  return response.body.data;
}

describe('invitation links for external experts', () => {
  it('are created by those who may change the consultation only', async () => {
    const consultation = await createConsultation(cast.owner, cast.partnership.id, { coordinatorIds: [cast.coordinator.id] });
    const url = `/api/channels/${consultation.id}/invitations`;
    const expected = { anonymous: 401, outsider: 404, observer: 403, expert: 403, coordinator: 403, admin: 404, member: 201, owner: 201 } as const;
    for (const [actor, status] of Object.entries(expected)) {
      const client = actor === 'anonymous' ? cast.anonymous : cast[actor as Exclude<keyof typeof expected, 'anonymous'>].client;
      expect((await client.post(url, {})).status, actor).toBe(status);
    }
    const link = await createLink(cast.owner, consultation.id);
    expect(link.url).toMatch(/\/consultation-invite\/[A-Za-z0-9_-]{43}$/);
    expect((await cast.owner.client.post<ErrorBody>(url, { expiresInDays: 0 })).status).toBe(400);
  });

  it('show what they invite to without signing in, and let one person join that consultation only', async () => {
    const consultation = await createConsultation(cast.owner, cast.partnership.id, { title: 'Regenwasser · Eaux pluviales' });
    const { token } = await createLink(cast.member, consultation.id);
    const preview = await cast.anonymous.get<{ data: ExpertLinkPreview }>(`/api/consultation-invitations/${token}`);
    expect(preview.status).toBe(200);
    expect(preview.body.data).toMatchObject({ title: 'Regenwasser · Eaux pluviales', partnershipName: 'Wolfsburg – Jendouba', startsAt: consultation.consultation?.startsAt });
    expect(Object.keys(preview.body.data).sort()).toEqual(['endsAt', 'expiresAt', 'municipalities', 'partnershipName', 'startsAt', 'title']);
    expect((await cast.anonymous.post(`/api/consultation-invitations/${token}/accept`, {})).status).toBe(401);

    const expert = await createUser(server, { name: 'Dr. Per Link' });
    const owner = openSocket(cast.owner.client);
    await connected(owner);
    const told = nextEvent(owner, 'channel:updated', (ref) => ref.channelId === consultation.id);
    const accepted = await expert.client.post<{ data: ChannelRef }>(`/api/consultation-invitations/${token}/accept`, {});
    expect(accepted.status).toBe(200);
    expect(accepted.body.data).toEqual({ partnershipId: cast.partnership.id, channelId: consultation.id });
    await told;
    owner.close();
    const invitations = await expert.client.get<InvitedConsultationListResponse>('/api/consultations');
    expect(invitations.body.data.map((channel) => [channel.id, channel.abilities])).toEqual([[consultation.id, { read: true, send: true, update: false }]]);
    expect((await expert.client.get(`/api/partnerships/${cast.partnership.id}`)).status).toBe(404);

    // Accepting again is harmless; the link is spent for anyone else.
    expect((await expert.client.post(`/api/consultation-invitations/${token}/accept`, {})).status).toBe(200);
    const other = await createUser(server, { name: 'Zu spät' });
    const late = await other.client.post<ErrorBody>(`/api/consultation-invitations/${token}/accept`, {});
    expect(late.status).toBe(409);
    expect(late.body.error.details).toEqual([{ path: 'token', message: 'used' }]);
    expect((await cast.anonymous.get(`/api/consultation-invitations/${token}`)).status).toBe(409);
    expect((await other.client.get(`/api/channels/${consultation.id}`)).status).toBe(404);

    // Declined, the expert cannot come back with the same link.
    expect((await expert.client.delete(`/api/channels/${consultation.id}/invitation`)).status).toBe(204);
    const back = await expert.client.post<ErrorBody>(`/api/consultation-invitations/${token}/accept`, {});
    expect(back.status).toBe(409);
    expect((await expert.client.get(`/api/channels/${consultation.id}`)).status).toBe(404);
  });

  it('refuse expired, unknown and malformed tokens', async () => {
    const consultation = await createConsultation(cast.owner, cast.partnership.id);
    const { token } = await createLink(cast.owner, consultation.id);
    await server.models.ExpertLink.updateMany({ channelId: consultation.id }, { $set: { expiresAt: new Date(Date.now() - 1000) } });
    const expert = await createUser(server, { name: 'Abgelaufen' });
    const expired = await expert.client.post<ErrorBody>(`/api/consultation-invitations/${token}/accept`, {});
    expect(expired.status).toBe(409);
    expect(expired.body.error.details).toEqual([{ path: 'token', message: 'expired' }]);
    expect((await cast.anonymous.get(`/api/consultation-invitations/${token}`)).status).toBe(409);
    expect((await cast.anonymous.get(`/api/consultation-invitations/${'x'.repeat(43)}`)).status).toBe(404);
    expect((await cast.anonymous.get('/api/consultation-invitations/kurz')).status).toBe(400);
    expect((await expert.client.get(`/api/channels/${consultation.id}`)).status).toBe(404);
  });

  it('stay unspent when a member opens them, die with their creator\'s right to schedule, and respect the invitee limit', async () => {
    const consultation = await createConsultation(cast.owner, cast.partnership.id);
    const { token } = await createLink(cast.owner, consultation.id);
    const accept = (user: TestUser) => user.client.post<ErrorBody>(`/api/consultation-invitations/${token}/accept`, {});
    expect((await accept(cast.expert)).status).toBe(200);
    expect((await accept(cast.owner)).status).toBe(200);
    expect((await cast.anonymous.get(`/api/consultation-invitations/${token}`)).status).toBe(200);
    const seen = await cast.owner.client.get<{ data: { consultation: { expertIds: string[] } } }>(`/api/channels/${consultation.id}`);
    expect(seen.body.data.consultation.expertIds).toEqual([]);

    // Full: refused, and the link is still there for when a place is free.
    const full = Array.from({ length: 50 }, () => new mongoose.Types.ObjectId());
    await server.models.Channel.updateOne({ _id: consultation.id }, { $set: { 'consultation.expertIds': full } });
    const outsider = await createUser(server, { name: 'Kein Platz' });
    const refused = await accept(outsider);
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('conflict');
    expect((await cast.anonymous.get(`/api/consultation-invitations/${token}`)).status).toBe(200);

    // A member who made a link and is then made an observer: the link stops working.
    const scheduler = await createUser(server, { name: 'Bald Beobachter' });
    await addMember(server, cast.partnership.id, scheduler, 'member');
    const later = await createConsultation(scheduler, cast.partnership.id);
    const theirs = await createLink(scheduler, later.id);
    expect((await cast.anonymous.get(`/api/consultation-invitations/${theirs.token}`)).status).toBe(200);
    expect((await cast.owner.client.patch(`/api/partnerships/${cast.partnership.id}/members/${scheduler.id}`, { role: 'observer' })).status).toBe(200);
    expect((await cast.anonymous.get(`/api/consultation-invitations/${theirs.token}`)).status).toBe(404);
    expect((await outsider.client.post(`/api/consultation-invitations/${theirs.token}/accept`, {})).status).toBe(404);
    expect((await outsider.client.get(`/api/channels/${later.id}`)).status).toBe(404);
  });

  it('let only one of two experts accepting at once take the last place', async () => {
    const consultation = await createConsultation(cast.owner, cast.partnership.id);
    const [first, second] = [await createLink(cast.owner, consultation.id), await createLink(cast.owner, consultation.id)];
    const others = Array.from({ length: 49 }, () => new mongoose.Types.ObjectId());
    await server.models.Channel.updateOne({ _id: consultation.id }, { $set: { 'consultation.expertIds': others } });
    const [one, two] = [await createUser(server, { name: 'Erste' }), await createUser(server, { name: 'Zweite' })];
    const answers = await Promise.all([
      one.client.post<ErrorBody>(`/api/consultation-invitations/${first.token}/accept`, {}),
      two.client.post<ErrorBody>(`/api/consultation-invitations/${second.token}/accept`, {}),
    ]);
    expect(answers.map((answer) => answer.status).sort()).toEqual([200, 409]);
    const stored = await server.models.Channel.findById(consultation.id);
    expect(stored?.consultation?.expertIds).toHaveLength(50);
    // The link of the one who found no place stays usable for when a place is free.
    const unspent = answers[0].status === 409 ? first : second;
    expect((await cast.anonymous.get(`/api/consultation-invitations/${unspent.token}`)).status).toBe(200);
  });

  it('are not undone by a change to the consultation made from an older copy', async () => {
    const consultation = await createConsultation(cast.owner, cast.partnership.id);
    const { token } = await createLink(cast.owner, consultation.id);
    const before = await server.models.Channel.findById(consultation.id).orFail();
    const expert = await createUser(server, { name: 'Gleichzeitig' });
    expect((await expert.client.post(`/api/consultation-invitations/${token}/accept`, {})).status).toBe(200);
    // A change of title and agenda that read the consultation before the expert joined saves after it.
    const owner = await server.models.User.findById(cast.owner.id).orFail();
    const { channel } = await updateConsultation(server.models, before, { title: 'Neuer Titel', agenda: 'Neue Tagesordnung' }, owner);
    expect(channel.consultation?.expertIds.map(String)).toEqual([expert.id]);
    const seen = await cast.owner.client.get<{ data: { title: string; consultation: { expertIds: string[] } } }>(`/api/channels/${consultation.id}`);
    expect(seen.body.data.title).toBe('Neuer Titel');
    expect(seen.body.data.consultation.expertIds).toEqual([expert.id]);
  });

  it('are listed while open to those who may change the consultation, and revoked one by one', async () => {
    const consultation = await createConsultation(cast.owner, cast.partnership.id, { coordinatorIds: [cast.coordinator.id] });
    const elsewhere = await createConsultation(cast.owner, cast.partnership.id);
    const idOf = async (link: ExpertLink) => String((await server.models.ExpertLink.findOne({ tokenHash: hashToken(link.token) }).orFail())._id);
    const used = await createLink(cast.owner, consultation.id);
    const expert = await createUser(server, { name: 'Schon dabei' });
    expect((await expert.client.post(`/api/consultation-invitations/${used.token}/accept`, {})).status).toBe(200);
    const open = await createLink(cast.member, consultation.id);
    const otherLink = await createLink(cast.owner, elsewhere.id);
    // A link whose maker may no longer schedule does not work, so it is not offered as open.
    const scheduler = await createUser(server, { name: 'Bald Beobachterin' });
    await addMember(server, cast.partnership.id, scheduler, 'member');
    await createLink(scheduler, consultation.id);
    expect((await cast.owner.client.patch(`/api/partnerships/${cast.partnership.id}/members/${scheduler.id}`, { role: 'observer' })).status).toBe(200);

    const url = `/api/channels/${consultation.id}/invitations`;
    const listed = await cast.owner.client.get<{ data: OpenLink[] }>(url);
    expect(listed.body.data).toEqual([{ id: await idOf(open), createdBy: { id: cast.member.id, name: expect.any(String) }, createdAt: expect.any(String), expiresAt: open.expiresAt }]);
    const revokeUrl = `${url}/${await idOf(open)}`;
    expect(open.id).toBe(await idOf(open));
    const refused = { anonymous: 401, outsider: 404, observer: 403, expert: 403, coordinator: 403, admin: 404 } as const;
    for (const [actor, status] of Object.entries(refused)) {
      const client = actor === 'anonymous' ? cast.anonymous : cast[actor as Exclude<keyof typeof refused, 'anonymous'>].client;
      expect((await client.get(url)).status, actor).toBe(status);
      expect((await client.delete(revokeUrl)).status, actor).toBe(status);
    }

    expect((await cast.member.client.delete(`${url}/${await idOf(otherLink)}`)).status).toBe(404);
    expect((await cast.member.client.delete(`${url}/nicht-so`)).status).toBe(400);
    const spent = await cast.member.client.delete<ErrorBody>(`${url}/${await idOf(used)}`);
    expect(spent.status).toBe(409);
    expect(spent.body.error.details).toEqual([{ path: 'token', message: 'used' }]);
    expect((await cast.member.client.delete(revokeUrl)).status).toBe(204);
    expect((await cast.anonymous.get(`/api/consultation-invitations/${open.token}`)).status).toBe(404);
    const late = await createUser(server, { name: 'Zu spät' });
    expect((await late.client.post(`/api/consultation-invitations/${open.token}/accept`, {})).status).toBe(404);
    expect((await cast.owner.client.get<{ data: OpenLink[] }>(url)).body.data).toEqual([]);
    expect((await cast.member.client.delete(revokeUrl)).status).toBe(404);
    expect((await cast.anonymous.get(`/api/consultation-invitations/${otherLink.token}`)).status).toBe(200);
  });
});
