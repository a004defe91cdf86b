import { describe, expect, it } from 'vitest';
import type { ChannelResponse } from '@jumelage/contracts/consultations';
import type { ErrorBody } from '@jumelage/contracts/constants';
import { castForFile, createConsultation, createPartnership, createUser, generalChannel, parseIcs, serverForFile, type TestUser } from '@jumelage/test-utils';

const server = serverForFile({ chat: { messagesPerSecond: 1000 } });
const cast = castForFile(server);

const icsUrl = (channelId: string) => `/api/channels/${channelId}/consultation.ics`;
const stamp = (iso: string) => iso.replace(/[-:]/g, '').replace(/\.\d{3}/, '');

describe('video call link', () => {
  it('is stored, changed and removed with the consultation; only http and https addresses are taken', async () => {
    const created = await createConsultation(cast.owner, cast.partnership.id, { meetingUrl: ' https://meet.jit.si/Wolfsburg-Jendouba ' });
    expect(created.consultation?.meetingUrl).toBe('https://meet.jit.si/Wolfsburg-Jendouba');
    expect((await createConsultation(cast.owner, cast.partnership.id)).consultation?.meetingUrl).toBe('');

    const url = `/api/channels/${created.id}`;
    for (const meetingUrl of ['javascript:alert(1)', 'data:text/html,hi', 'meet.jit.si/raum', 'ftp://files.example.org/a', 42]) {
      const refused = await cast.owner.client.patch<ErrorBody>(url, { meetingUrl });
      expect(refused.status, String(meetingUrl)).toBe(400);
      expect(refused.body.error.details?.[0]?.path).toBe('meetingUrl');
    }
    const changed = await cast.member.client.patch<ChannelResponse>(url, { meetingUrl: 'http://bbb.example.org/b/par-k3x' });
    expect(changed.body.data.consultation?.meetingUrl).toBe('http://bbb.example.org/b/par-k3x');
    // An invited expert sees it; a change of something else leaves it alone; '' removes it.
    await cast.owner.client.patch(url, { expertIds: [cast.expert.id], agenda: 'Neu' });
    expect((await cast.expert.client.get<ChannelResponse>(url)).body.data.consultation?.meetingUrl).toBe('http://bbb.example.org/b/par-k3x');
    const removed = await cast.owner.client.patch<ChannelResponse>(url, { meetingUrl: '' });
    expect(removed.body.data.consultation?.meetingUrl).toBe('');
  });
});

describe('consultation calendar file', () => {
  it('holds one event with the times in UTC, the agenda, the video call and the way back to the chat', async () => {
    const created = await createConsultation(cast.owner, cast.partnership.id, {
      title: 'Bewässerung / الري',
      agenda: '1. Wasserbedarf\n2. Pflanzen',
      meetingUrl: 'https://meet.jit.si/Wolfsburg-Jendouba',
      startsAt: '2027-03-02T09:00:00.000Z',
      endsAt: '2027-03-02T10:30:00.000Z',
    });
    const response = await cast.member.client.get<string>(icsUrl(created.id));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe(
      `attachment; filename="Bewasserung - ____.ics"; filename*=UTF-8''Bew%C3%A4sserung%20-%20%D8%A7%D9%84%D8%B1%D9%8A.ics`,
    );
    // Every line ends with CRLF, the last one too (RFC 5545).
    expect(response.body.endsWith('END:VCALENDAR\r\n')).toBe(true);
    const [event, ...others] = parseIcs(response.body);
    expect(others).toEqual([]);
    expect(event).toMatchObject({
      UID: `consultation-${created.id}@jumelage`,
      SUMMARY: 'Bewässerung / الري',
      DTSTART: stamp('2027-03-02T09:00:00.000Z'),
      DTEND: stamp('2027-03-02T10:30:00.000Z'),
      LOCATION: 'https://meet.jit.si/Wolfsburg-Jendouba',
      STATUS: 'CONFIRMED',
    });
    expect(event?.['URL;VALUE=URI']).toBe('https://meet.jit.si/Wolfsburg-Jendouba');
    const description = event?.DESCRIPTION?.replaceAll('\\n', '\n') ?? '';
    expect(description).toContain('1. Wasserbedarf\n2. Pflanzen');
    expect(description).toContain(`/p/${cast.partnership.id}/consultations?channel=${created.id}`);
  });

  it('says when a consultation is called off, with a higher sequence, so a calendar updates its entry', async () => {
    const created = await createConsultation(cast.owner, cast.partnership.id);
    const before = parseIcs((await cast.owner.client.get<string>(icsUrl(created.id))).body)[0];
    await new Promise((resolve) => setTimeout(resolve, 1100));
    await cast.owner.client.patch(`/api/channels/${created.id}`, { cancelled: true });
    const after = parseIcs((await cast.owner.client.get<string>(icsUrl(created.id))).body)[0];
    expect(after?.UID).toBe(before?.UID);
    expect(after?.STATUS).toBe('CANCELLED');
    expect(Number(after?.SEQUENCE)).toBeGreaterThan(Number(before?.SEQUENCE ?? 0));
  });

  it('points an external expert to the consultation alone, and refuses everyone who may not read it', async () => {
    const outsiderExpert = await createUser(server, { name: 'Dr. Extern' });
    const created = await createConsultation(cast.owner, cast.partnership.id, { expertIds: [outsiderExpert.id] });
    const forExpert = parseIcs((await outsiderExpert.client.get<string>(icsUrl(created.id))).body)[0];
    expect(forExpert?.DESCRIPTION).toContain(`/consultations/${created.id}`);
    expect(forExpert?.DESCRIPTION).not.toContain('/p/');
    expect(forExpert?.['URL;VALUE=URI']).toMatch(new RegExp(`/consultations/${created.id}$`));

    expect((await cast.anonymous.get(icsUrl(created.id))).status).toBe(401);
    expect((await cast.outsider.client.get<ErrorBody>(icsUrl(created.id))).body.error.code).toBe('not_found');
    expect((await cast.admin.client.get(icsUrl(created.id))).status).toBe(404);
    const general = await generalChannel(cast.owner, cast.partnership.id);
    expect((await cast.owner.client.get<ErrorBody>(icsUrl(general.id))).status).toBe(404);
  });
});

describe('calendar feed of all one\'s consultations', () => {
  const feed = (token: string) => cast.anonymous.get<string>(`/api/consultations.ics?token=${token}`);
  const newToken = async (user: TestUser) => (await user.client.post<{ data: { token: string } }>('/api/users/me/calendar-token')).body.data.token;
  const daysFromNow = (days: number) => new Date(Date.now() + days * 24 * 60 * 60 * 1000).toISOString();

  it("holds the consultations of one's partnerships and invitations, read with the calendar token instead of a login", async () => {
    const elsewhere = await createPartnership(cast.outsider, { name: 'Gotha – Sfax' });
    const theirs = await createConsultation(cast.outsider, elsewhere.id, { title: 'Feed: not yours' });
    const outsiderExpert = await createUser(server, { name: 'Dr. Feed' });
    const invited = await createConsultation(cast.outsider, elsewhere.id, { title: 'Feed: invited', expertIds: [outsiderExpert.id] });
    const ours = await createConsultation(cast.owner, cast.partnership.id, { title: 'Feed: ours', startsAt: daysFromNow(3), endsAt: daysFromNow(3.05) });
    const longAgo = await createConsultation(cast.owner, cast.partnership.id, { title: 'Feed: long ago', startsAt: daysFromNow(-101), endsAt: daysFromNow(-100.9) });

    const memberFeed = await feed(await newToken(cast.member));
    expect(memberFeed.status).toBe(200);
    expect(memberFeed.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(memberFeed.body).toContain('X-WR-CALNAME:Jumelage');
    const memberEvents = parseIcs(memberFeed.body);
    const uids = memberEvents.map((event) => event.UID);
    expect(uids).toContain(`consultation-${ours.id}@jumelage`);
    for (const hidden of [theirs, invited, longAgo]) expect(uids).not.toContain(`consultation-${hidden.id}@jumelage`);
    const ourEvent = memberEvents.find((event) => event.UID === `consultation-${ours.id}@jumelage`);
    expect(ourEvent?.DESCRIPTION).toContain(`/p/${cast.partnership.id}/consultations?channel=${ours.id}`);

    // An external expert's feed: only what they are invited to, opening the consultation alone.
    const expertEvents = parseIcs((await feed(await newToken(outsiderExpert))).body);
    expect(expertEvents.map((event) => event.UID)).toEqual([`consultation-${invited.id}@jumelage`]);
    expect(expertEvents[0]?.['URL;VALUE=URI']).toMatch(new RegExp(`/consultations/${invited.id}$`));
  });

  it('is refused without a login or a valid token, and a new token ends the old address', async () => {
    expect((await cast.anonymous.get('/api/consultations.ics')).status).toBe(401);
    expect((await feed('not-a-token-but-long-enough-0000')).status).toBe(401);
    expect((await cast.anonymous.get<ErrorBody>('/api/consultations.ics?token=short')).body.error.code).toBe('validation_failed');
    const first = await newToken(cast.observer);
    expect((await feed(first)).status).toBe(200);
    await newToken(cast.observer);
    expect((await feed(first)).status).toBe(401);
    // Signed in, no token is needed.
    expect((await cast.observer.client.get('/api/consultations.ics')).status).toBe(200);
  });
});
