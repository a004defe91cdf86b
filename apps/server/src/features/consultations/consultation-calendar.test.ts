import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChannelResponse } from '@jumelage/contracts/consultations';
import type { ErrorBody } from '@jumelage/contracts/constants';
import { createCast, createConsultation, createUser, generalChannel, parseIcs, startChatTestServer, type TestServer } from '@jumelage/test-utils';

let server: TestServer;
let cast: Awaited<ReturnType<typeof createCast>>;

beforeAll(async () => {
  server = await startChatTestServer({ messagesPerSecond: 1000 });
  cast = await createCast(server);
});
afterAll(() => server.close());

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
    expect(response.headers.get('content-disposition')).toContain("filename*=UTF-8''Bew%C3%A4sserung%20-%20%D8%A7%D9%84%D8%B1%D9%8A.ics");
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
