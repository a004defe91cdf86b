import { describe, expect, it } from 'vitest';
import type { ChannelResponse, CoordinatorListResponse } from '@jumelage/contracts/consultations';
import type { ErrorBody } from '@jumelage/contracts/constants';
import {
  castForFile,
  consultationBody,
  createConsultation,
  createPartnership,
  createUser,
  listChannels,
  serverForFile,
} from '@jumelage/test-utils';

const server = serverForFile({ chat: { messagesPerSecond: 1000 } });
const cast = castForFile(server);

const hours = (n: number) => new Date(Date.now() + n * 60 * 60 * 1000).toISOString();

describe('channels', () => {
  it('gives every new partnership exactly one General channel', async () => {
    const partnership = await createPartnership(cast.owner);
    const list = await listChannels(cast.owner, partnership.id);
    expect(list.data).toEqual([
      expect.objectContaining({ kind: 'general', title: 'General', consultation: null, unreadCount: 0, lastMessageAt: null }),
    ]);
    expect(list.data[0]?.abilities).toEqual({ read: true, send: true, update: false });
    expect(list.abilities).toEqual({ createConsultation: true });
  });

  it('creates the General channel of an older partnership when listing, once, however many list at the same time', async () => {
    const owner = await createUser(server);
    const legacy = await createPartnership(owner);
    await server.models.Channel.deleteMany({ partnershipId: legacy.id }); // as before chat existed
    const lists = await Promise.all(Array.from({ length: 5 }, () => listChannels(owner, legacy.id)));
    for (const list of lists) expect(list.data.filter((channel) => channel.kind === 'general')).toHaveLength(1);
    expect(await server.models.Channel.countDocuments({ partnershipId: legacy.id, kind: 'general' })).toBe(1);
  });

  it('lists live and upcoming consultations first (soonest first), then General, then past ones', async () => {
    const partnership = await createPartnership(cast.owner);
    const later = await createConsultation(cast.owner, partnership.id, { title: 'Später', startsAt: hours(48), endsAt: hours(49) });
    const past = await createConsultation(cast.owner, partnership.id, { title: 'Vorbei', startsAt: hours(-49), endsAt: hours(-48) });
    const live = await createConsultation(cast.owner, partnership.id, { title: 'Jetzt', startsAt: hours(-1), endsAt: hours(1) });
    const older = await createConsultation(cast.owner, partnership.id, { title: 'Lange her', startsAt: hours(-99), endsAt: hours(-98) });
    const soon = await createConsultation(cast.owner, partnership.id, { title: 'Bald', startsAt: hours(2), endsAt: hours(3) });
    const list = await listChannels(cast.owner, partnership.id);
    expect(list.data.map((channel) => channel.title)).toEqual(['Jetzt', 'Bald', 'Später', 'General', 'Vorbei', 'Lange her']);
    expect(list.data.map((channel) => channel.consultation?.phase ?? null)).toEqual(['live', 'upcoming', 'upcoming', null, 'past', 'past']);
    expect([live, soon, later, past, older].every((channel) => channel.kind === 'consultation')).toBe(true);
  });

  it('shows invitees with names and time zones and refuses unknown users or non-coordinators as invitees', async () => {
    const expert = await createUser(server, { name: 'Dr. Wasser' });
    const created = await createConsultation(cast.owner, cast.partnership.id, { expertIds: [expert.id], coordinatorIds: [cast.coordinator.id] });
    expect(created.consultation).toMatchObject({
      agenda: '1. Wasserbedarf',
      phase: 'upcoming',
      expertIds: [expert.id],
      coordinatorIds: [cast.coordinator.id],
      invitees: [
        { id: expert.id, name: 'Dr. Wasser', timeZone: 'Europe/Berlin', invitedAs: 'expert' },
        { id: cast.coordinator.id, name: 'Coordinator', timeZone: 'Europe/Berlin', invitedAs: 'coordinator' },
      ],
    });
    const before = await server.models.Channel.countDocuments();
    const invalid = [
      consultationBody({ expertIds: ['0123456789abcdef01234567'] }),
      consultationBody({ coordinatorIds: [cast.member.id] }),
      consultationBody({ startsAt: hours(5), endsAt: hours(4) }),
      consultationBody({ title: ' ' }),
      { ...consultationBody(), kind: 'general' },
    ];
    for (const body of invalid) {
      const response = await cast.owner.client.post<ErrorBody>(`/api/partnerships/${cast.partnership.id}/channels`, body);
      expect(response.status, JSON.stringify(body)).toBe(400);
      expect(response.body.error.details?.length).toBeGreaterThan(0);
    }
    expect(await server.models.Channel.countDocuments()).toBe(before);
  });

  it('invites experts by the email of their account, adds them on a change, and names the address that has none', async () => {
    const [first, second] = await Promise.all([createUser(server, { name: 'Dr. Per Mail' }), createUser(server, { name: 'Dr. Später' })]);
    const created = await createConsultation(cast.owner, cast.partnership.id, { expertIds: [cast.expert.id], expertEmails: [` ${first.email.toUpperCase()} `] });
    expect(created.consultation?.expertIds).toEqual([cast.expert.id, first.id]);

    const url = `/api/channels/${created.id}`;
    const unknown = await cast.owner.client.patch<ErrorBody>(url, { expertEmails: [second.email, 'niemand@example.org'] });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.details).toEqual([{ path: 'expertEmails.1', message: 'no account with this email' }]);
    const added = await cast.owner.client.patch<ChannelResponse>(url, { expertEmails: [second.email, first.email] });
    expect(added.status).toBe(200);
    expect(added.body.data.consultation?.expertIds).toEqual([cast.expert.id, first.id, second.id]);
    const chosen = await cast.owner.client.patch<ChannelResponse>(url, { expertIds: [second.id], expertEmails: [first.email] });
    expect(chosen.body.data.consultation?.expertIds).toEqual([second.id, first.id]);
  });

  it('lists the programme coordinators to those who schedule consultations, and to no one else', async () => {
    const expected = { anonymous: 401, outsider: 403, observer: 403, expert: 403, member: 200, owner: 200, coordinator: 200, admin: 200 } as const;
    for (const [actor, status] of Object.entries(expected)) {
      const client = actor === 'anonymous' ? cast.anonymous : cast[actor as Exclude<keyof typeof expected, 'anonymous'>].client;
      const response = await client.get<CoordinatorListResponse>('/api/coordinators');
      expect(response.status, actor).toBe(status);
      if (status !== 200) continue;
      expect(response.body.data).toContainEqual({ id: cast.coordinator.id, name: 'Coordinator' });
      expect(response.body.data.map((person) => person.id)).not.toContain(cast.admin.id);
      expect(response.body.data.map((person) => person.id)).not.toContain(cast.member.id);
    }
  });

  it('changes a consultation, checking the times against the stored ones; General cannot be changed', async () => {
    const consultation = await createConsultation(cast.owner, cast.partnership.id);
    const url = `/api/channels/${consultation.id}`;
    const startsAt = hours(30);
    const changed = await cast.member.client.patch<ChannelResponse>(url, { title: 'Neue Zeit', startsAt, endsAt: hours(31), agenda: 'Punkt 1' });
    expect(changed.status).toBe(200);
    expect(changed.body.data).toMatchObject({ title: 'Neue Zeit', consultation: { agenda: 'Punkt 1', startsAt } });
    expect((await cast.member.client.patch(url, { endsAt: hours(29) })).status).toBe(400);
    expect((await cast.member.client.patch(url, {})).status).toBe(400);
    const general = (await listChannels(cast.owner, cast.partnership.id)).data.find((channel) => channel.kind === 'general');
    expect((await cast.owner.client.patch(`/api/channels/${general?.id}`, { title: 'Allgemein' })).status).toBe(403);
  });

  it('calls a consultation off and back on: its channel stays, listed with the past ones; only those who may change it', async () => {
    const partnership = await createPartnership(cast.owner);
    await createConsultation(cast.owner, partnership.id, { title: 'Bald', startsAt: hours(2), endsAt: hours(3) });
    const called = await createConsultation(cast.owner, partnership.id, { title: 'Abgesagt', startsAt: hours(1), endsAt: hours(2) });
    const url = `/api/channels/${called.id}`;
    const cancelled = await cast.owner.client.patch<ChannelResponse>(url, { cancelled: true });
    expect(cancelled.status).toBe(200);
    expect(cancelled.body.data.consultation).toMatchObject({ phase: 'cancelled', cancelledAt: expect.any(String) });
    const list = await listChannels(cast.owner, partnership.id);
    expect(list.data.map((channel) => [channel.title, channel.consultation?.phase ?? null])).toEqual([
      ['Bald', 'upcoming'],
      ['General', null],
      ['Abgesagt', 'cancelled'],
    ]);
    expect((await cast.owner.client.patch(url, { cancelled: 'yes' })).status).toBe(400);
    const restored = await cast.owner.client.patch<ChannelResponse>(url, { cancelled: false });
    expect(restored.body.data.consultation).toMatchObject({ phase: 'upcoming', cancelledAt: null });
    // Others in the space cannot call off what they may not change.
    const observed = await createConsultation(cast.owner, cast.partnership.id);
    const refused = await cast.observer.client.patch<ErrorBody>(`/api/channels/${observed.id}`, { cancelled: true });
    expect(refused.status).toBe(403);
    const unchanged = await cast.owner.client.get<ChannelResponse>(`/api/channels/${observed.id}`);
    expect(unchanged.body.data.consultation?.cancelledAt).toBeNull();
  });

  it('says who last moved, called off or reinstated a consultation, with the times it had before a move', async () => {
    const [startsAt, endsAt] = [hours(24), hours(25)];
    const consultation = await createConsultation(cast.owner, cast.partnership.id, { startsAt, endsAt });
    const url = `/api/channels/${consultation.id}`;
    expect(consultation.consultation?.lastChange).toBeNull();
    // A new title or agenda, or the same times sent again, is no change of date.
    const retitled = await cast.owner.client.patch<ChannelResponse>(url, { title: 'Neu', startsAt, endsAt });
    expect(retitled.body.data.consultation?.lastChange).toBeNull();
    const moved = await cast.member.client.patch<ChannelResponse>(url, { startsAt: hours(48), endsAt: hours(49) });
    expect(moved.body.data.consultation?.lastChange).toEqual({
      kind: 'moved',
      by: { id: cast.member.id, name: 'Member' },
      at: expect.any(String),
      previousStartsAt: startsAt,
      previousEndsAt: endsAt,
    });
    const seen = await cast.observer.client.get<ChannelResponse>(url);
    expect(seen.body.data.consultation?.lastChange?.kind).toBe('moved');
    const cancelled = await cast.owner.client.patch<ChannelResponse>(url, { cancelled: true, startsAt: hours(50), endsAt: hours(51) });
    expect(cancelled.body.data.consultation?.lastChange).toMatchObject({ kind: 'cancelled', by: { name: 'Owner' }, previousStartsAt: null });
    const reinstated = await cast.owner.client.patch<ChannelResponse>(url, { cancelled: false });
    expect(reinstated.body.data.consultation?.lastChange?.kind).toBe('reinstated');
  });

  it('saves two changes of the invitees made at the same moment, the later one winning', async () => {
    const consultation = await createConsultation(cast.owner, cast.partnership.id);
    const url = `/api/channels/${consultation.id}`;
    const answers = await Promise.all([
      cast.owner.client.patch<ChannelResponse>(url, { expertIds: [cast.expert.id], coordinatorIds: [] }),
      cast.member.client.patch<ChannelResponse>(url, { expertIds: [], coordinatorIds: [cast.coordinator.id] }),
    ]);
    expect(answers.map((answer) => answer.status)).toEqual([200, 200]);
    const stored = await cast.owner.client.get<ChannelResponse>(url);
    const outcomes = answers.map((answer) => answer.body.data.consultation?.invitees.map((invitee) => invitee.id));
    expect(outcomes).toContainEqual(stored.body.data.consultation?.invitees.map((invitee) => invitee.id));
  });
});
