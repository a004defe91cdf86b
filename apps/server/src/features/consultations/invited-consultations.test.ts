import { describe, expect, it } from 'vitest';
import type { ErrorBody } from '@jumelage/contracts/constants';
import type { InvitedConsultationListResponse } from '@jumelage/contracts/consultations';
import {
  addMember,
  castForFile,
  connected,
  createConsultation,
  createPartnership,
  createUser,
  expectOk,
  nextEvent,
  openSocket,
  sendChat,
  serverForFile,
  type TestUser,
} from '@jumelage/test-utils';

const server = serverForFile({ chat: { messagesPerSecond: 1000, expertEmailsPerHour: 3 } });
const cast = castForFile(server);

async function invitations(user: TestUser): Promise<InvitedConsultationListResponse> {
  const response = await user.client.get<InvitedConsultationListResponse>('/api/consultations');
  expect(response.status).toBe(200);
  return response.body;
}

const hoursFromNow = (hours: number) => new Date(Date.now() + hours * 60 * 60 * 1000).toISOString();
const at = (startHours: number, endHours: number) => ({ startsAt: hoursFromNow(startHours), endsAt: hoursFromNow(endHours) });

describe('GET /api/consultations: where an invitee finds their consultations', () => {
  it('lists an external expert’s consultations across partnerships, with only the name and municipalities of each partnership', async () => {
    const external = await createUser(server, { name: 'Dr. Extern' });
    const otherOwner = await createUser(server, { name: 'Other owner' });
    const other = await createPartnership(otherOwner, {
      name: 'Kassel – Mahdia',
      description: 'Nur für Mitglieder',
      municipalities: [
        { name: 'Kassel', country: 'DE', language: 'de', timeZone: 'Europe/Berlin' },
        { name: 'Mahdia', country: 'TN', language: 'fr', timeZone: 'Africa/Tunis' },
      ],
    });
    const past = await createConsultation(cast.owner, cast.partnership.id, { title: 'Rückblick', ...at(-50, -48), expertIds: [external.id] });
    const later = await createConsultation(otherOwner, other.id, { title: 'Später', ...at(72, 73), expertIds: [external.id] });
    const live = await createConsultation(cast.owner, cast.partnership.id, { title: 'Jetzt', ...at(-1, 1), expertIds: [external.id] });
    const soon = await createConsultation(cast.owner, cast.partnership.id, { title: 'Bald', ...at(2, 3), expertIds: [external.id] });
    await createConsultation(cast.owner, cast.partnership.id, { title: 'Ohne Extern', ...at(1, 2) });

    const socket = openSocket(cast.member.client);
    await connected(socket);
    expectOk(await sendChat(socket, live.id, 'Willkommen'));
    socket.close();

    const list = await invitations(external);
    // Not over yet, soonest first; then what is over, latest first.
    expect(list.data.map((channel) => channel.title)).toEqual(['Jetzt', 'Bald', 'Später', 'Rückblick']);
    expect(list.data.map((channel) => channel.id)).toEqual([live.id, soon.id, later.id, past.id]);
    expect(list.data.map((channel) => channel.consultation?.phase)).toEqual(['live', 'upcoming', 'upcoming', 'past']);
    const [first, , third] = list.data;
    expect(first?.unreadCount).toBe(1);
    expect(first?.abilities).toEqual({ read: true, send: true, update: false });
    expect(first?.partnership).toEqual({
      id: cast.partnership.id,
      name: 'Wolfsburg – Jendouba',
      municipalities: cast.partnership.municipalities,
      myMunicipalityIndex: null,
      abilities: { read: false, update: false, readPlans: false, editPlans: false, chat: false, manageMilestones: false, manageMembers: false },
    });
    expect(third?.partnership.name).toBe('Kassel – Mahdia');
  });

  it('gives a member or coordinator the abilities that open the partnership space instead', async () => {
    const consultation = await createConsultation(cast.owner, cast.partnership.id, { expertIds: [cast.expert.id], coordinatorIds: [cast.coordinator.id] });
    const asExpert = (await invitations(cast.expert)).data.find((channel) => channel.id === consultation.id);
    expect(asExpert?.partnership.abilities).toMatchObject({ read: true, readPlans: true, chat: true });
    expect(asExpert?.partnership.myMunicipalityIndex).toBe(0);
    const asCoordinator = (await invitations(cast.coordinator)).data.find((channel) => channel.id === consultation.id);
    expect(asCoordinator?.partnership.abilities).toMatchObject({ read: true, readPlans: false, chat: false });
    expect(asCoordinator?.abilities).toEqual({ read: true, send: true, update: false });
  });

  it('lists nothing to those not invited, even members, and refuses anonymous requests', async () => {
    await createConsultation(cast.owner, cast.partnership.id, { coordinatorIds: [cast.coordinator.id] });
    expect((await invitations(cast.outsider)).data).toEqual([]);
    expect((await invitations(cast.member)).data).toEqual([]);
    expect((await invitations(cast.admin)).data).toEqual([]);
    const anonymous = await cast.anonymous.get<ErrorBody>('/api/consultations');
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.error.code).toBe('unauthenticated');
  });

  it('drops a consultation as soon as its invitation is withdrawn', async () => {
    const external = await createUser(server, { name: 'Bald wieder weg' });
    const consultation = await createConsultation(cast.owner, cast.partnership.id, { expertIds: [external.id] });
    expect((await invitations(external)).data.map((channel) => channel.id)).toEqual([consultation.id]);
    const patch = await cast.owner.client.patch(`/api/channels/${consultation.id}`, { expertIds: [] });
    expect(patch.status).toBe(200);
    expect((await invitations(external)).data).toEqual([]);
  });

  it('drops the consultations of a partnership that removed the expert', async () => {
    const expert = await createUser(server, { name: 'Fachmitglied' });
    await addMember(server, cast.partnership.id, expert, 'expert');
    const consultation = await createConsultation(cast.owner, cast.partnership.id, { expertIds: [expert.id] });
    expect((await invitations(expert)).data.map((channel) => channel.id)).toEqual([consultation.id]);
    expect((await cast.owner.client.delete(`/api/partnerships/${cast.partnership.id}/members/${expert.id}`)).status).toBe(204);
    expect((await invitations(expert)).data).toEqual([]);
  });
});

describe('declining an invitation', () => {
  it('takes the invitee out of the consultation, tells the others live, and is refused to anyone not invited', async () => {
    const [external, other] = await Promise.all([createUser(server, { name: 'Absage' }), createUser(server, { name: 'Bleibt' })]);
    const consultation = await createConsultation(cast.owner, cast.partnership.id, { expertIds: [external.id, other.id], coordinatorIds: [cast.coordinator.id] });
    const url = `/api/channels/${consultation.id}/invitation`;
    const refusals = await Promise.all([cast.member.client.delete<ErrorBody>(url), cast.outsider.client.delete<ErrorBody>(url), cast.anonymous.delete<ErrorBody>(url)]);
    expect(refusals.map((response) => response.status)).toEqual([404, 404, 401]);

    const owner = openSocket(cast.owner.client);
    await connected(owner);
    const told = nextEvent(owner, 'channel:updated', (ref) => ref.channelId === consultation.id);
    expect((await external.client.delete(url)).status).toBe(204);
    await told;
    owner.close();
    expect((await invitations(external)).data).toEqual([]);
    expect((await external.client.get(`/api/channels/${consultation.id}`)).status).toBe(404);
    expect((await external.client.delete(url)).status).toBe(404);
    const seen = await cast.owner.client.get<{ data: { consultation: { expertIds: string[]; coordinatorIds: string[] } } }>(`/api/channels/${consultation.id}`);
    expect(seen.body.data.consultation).toMatchObject({ expertIds: [other.id], coordinatorIds: [cast.coordinator.id] });

    expect((await cast.coordinator.client.delete(url)).status).toBe(204);
    expect((await cast.coordinator.client.get(`/api/channels/${consultation.id}`)).status).toBe(404);
  });
});

describe('inviting by email', () => {
  it('tells the invited outsider at once, who then reads and writes in that consultation', async () => {
    const owner = await createUser(server, { name: 'Einladend' });
    const outsider = await createUser(server, { name: 'Dr. Von Außen' });
    const partnership = await createPartnership(owner);
    const socket = openSocket(outsider.client);
    await connected(socket);
    const told = nextEvent(socket, 'channel:created');
    const consultation = await createConsultation(owner, partnership.id, { expertEmails: [outsider.email] });
    expect(await told).toEqual({ partnershipId: partnership.id, channelId: consultation.id });
    expectOk(await sendChat(socket, consultation.id, 'Danke für die Einladung'));
    socket.close();
  });

  it('looks up at most expertEmailsPerHour addresses per user, then answers rate_limited', async () => {
    const owner = await createUser(server, { name: 'Fleißig' });
    const partnership = await createPartnership(owner);
    const experts = await Promise.all([1, 2, 3].map((n) => createUser(server, { name: `Expert ${n}` })));
    await createConsultation(owner, partnership.id, { expertEmails: experts.slice(0, 2).map((expert) => expert.email) });
    const third = await createConsultation(owner, partnership.id, { expertEmails: [experts[2]?.email ?? ''] });
    const refused = await owner.client.patch<ErrorBody>(`/api/channels/${third.id}`, { expertEmails: ['one.more@example.org'] });
    expect(refused.status).toBe(429);
    expect(refused.body.error.code).toBe('rate_limited');
    // Another owner still has their own allowance.
    expect((await createConsultation(cast.owner, cast.partnership.id, { expertEmails: [experts[0]?.email ?? ''] })).consultation?.expertIds).toEqual([experts[0]?.id]);
  });
});
