import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ErrorBody } from '@jumelage/contracts/constants';
import type { Channel, ChannelResponse, ChatMessage } from '@jumelage/contracts/consultations';
import {
  castForFile,
  consultationBody,
  createConsultation,
  createUser,
  generalChannel,
  listChannels,
  serverForFile,
  type TestClient,
} from '@jumelage/test-utils';

type Actor = 'anonymous' | 'outsider' | 'observer' | 'expert' | 'member' | 'owner' | 'coordinator' | 'admin';
type Expected = Record<Actor, number>;
const actors: Actor[] = ['anonymous', 'outsider', 'observer', 'expert', 'member', 'owner', 'coordinator', 'admin'];

const server = serverForFile({ chat: { messagesPerSecond: 1000 } });
const cast = castForFile(server);
let general: Channel;
let consultation: Channel;
let clientOf: (actor: Actor) => TestClient;

beforeAll(async () => {
  general = await generalChannel(cast.owner, cast.partnership.id);
  // The coordinator is invited to this consultation; the admin is not invited anywhere.
  consultation = await createConsultation(cast.owner, cast.partnership.id, { coordinatorIds: [cast.coordinator.id] });
  clientOf = (actor) => (actor === 'anonymous' ? cast.anonymous : cast[actor].client);
});

// Members read every channel; the invited coordinator only the consultation; the admin neither.
const readsGeneral: Expected = { anonymous: 401, outsider: 404, observer: 200, expert: 200, member: 200, owner: 200, coordinator: 404, admin: 404 };
const readsConsultation: Expected = { ...readsGeneral, coordinator: 200 };
const sendsGeneral: Expected = { ...readsGeneral, observer: 403, expert: 201, member: 201, owner: 201 };
const sendsConsultation: Expected = { ...sendsGeneral, coordinator: 201 };
const schedules: Expected = { anonymous: 401, outsider: 404, observer: 403, expert: 403, member: 201, owner: 201, coordinator: 403, admin: 403 };

async function ownersMessage(): Promise<ChatMessage> {
  const response = await cast.owner.client.post<{ data: ChatMessage }>(`/api/channels/${general.id}/messages`, { clientId: randomUUID(), body: 'Vom Owner' });
  return response.body.data;
}

const message = () => ({ clientId: randomUUID(), body: 'Hallo' });
const cases: Array<{ name: string; expected: Expected; send: (c: TestClient) => Promise<{ status: number; body: unknown }> }> = [
  { name: 'GET /partnerships/:id/channels', expected: { ...readsGeneral, coordinator: 200, admin: 200 }, send: (c) => c.get(`/api/partnerships/${cast.partnership.id}/channels`) },
  { name: 'POST /partnerships/:id/channels', expected: schedules, send: (c) => c.post(`/api/partnerships/${cast.partnership.id}/channels`, consultationBody()) },
  { name: 'GET /channels/:general', expected: readsGeneral, send: (c) => c.get(`/api/channels/${general.id}`) },
  { name: 'GET /channels/:general/messages', expected: readsGeneral, send: (c) => c.get(`/api/channels/${general.id}/messages`) },
  { name: 'POST /channels/:general/messages', expected: sendsGeneral, send: (c) => c.post(`/api/channels/${general.id}/messages`, message()) },
  { name: 'GET /channels/:consultation', expected: readsConsultation, send: (c) => c.get(`/api/channels/${consultation.id}`) },
  { name: 'GET /channels/:consultation/messages', expected: readsConsultation, send: (c) => c.get(`/api/channels/${consultation.id}/messages`) },
  { name: 'GET /channels/:consultation/consultation.ics', expected: readsConsultation, send: (c) => c.get(`/api/channels/${consultation.id}/consultation.ics`) },
  { name: 'POST /channels/:consultation/messages', expected: sendsConsultation, send: (c) => c.post(`/api/channels/${consultation.id}/messages`, message()) },
  {
    name: 'PATCH /channels/:consultation',
    expected: { ...readsConsultation, observer: 403, expert: 403, coordinator: 403 },
    send: (c) => c.patch(`/api/channels/${consultation.id}`, { agenda: 'Neu' }),
  },
  {
    name: "PATCH /messages/:id (the owner's)",
    expected: { ...readsGeneral, observer: 403, expert: 403, member: 403 },
    send: async (c) => c.patch(`/api/messages/${(await ownersMessage()).id}`, { body: 'Geändert' }),
  },
  {
    name: "DELETE /messages/:id (the owner's)",
    expected: { ...readsGeneral, observer: 403, expert: 403, member: 403 },
    send: async (c) => c.delete(`/api/messages/${(await ownersMessage()).id}`),
  },
];

describe('consultation permissions: anonymous 401, cannot read 404, cannot act 403', () => {
  for (const testCase of cases) {
    for (const actor of actors) {
      const expected = testCase.expected[actor];
      it(`${testCase.name} as ${actor} -> ${expected}`, async () => {
        const response = await testCase.send(clientOf(actor));
        expect(response.status).toBe(expected);
        if (expected >= 400) {
          const code = { 401: 'unauthenticated', 403: 'forbidden', 404: 'not_found' }[expected];
          expect((response.body as ErrorBody).error.code).toBe(code);
        }
      });
    }
  }

  it('lists to a coordinator only the consultations they are invited to, and nothing to an admin', async () => {
    expect((await listChannels(cast.coordinator, cast.partnership.id)).data.map((c) => c.id)).toEqual([consultation.id]);
    expect((await listChannels(cast.admin, cast.partnership.id)).data).toEqual([]);
  });

  it('opens one consultation to an invited external expert, who still cannot see the partnership', async () => {
    const external = await createUser(server, { name: 'Extern' });
    const invited = await createConsultation(cast.owner, cast.partnership.id, { expertIds: [external.id] });
    const list = await listChannels(external, cast.partnership.id);
    expect(list.data.map((c) => [c.id, c.abilities])).toEqual([[invited.id, { read: true, send: true, update: false }]]);
    expect(list.abilities.createConsultation).toBe(false);
    expect((await external.client.get(`/api/partnerships/${cast.partnership.id}`)).status).toBe(404);
    expect((await external.client.get(`/api/channels/${consultation.id}`)).status).toBe(404);
  });

  it('sends abilities with each channel: observers read only, consultations are changed by owners and members', async () => {
    const observer = await cast.observer.client.get<ChannelResponse>(`/api/channels/${consultation.id}`);
    expect(observer.body.abilities).toEqual({ read: true, send: false, update: false });
    const member = await cast.member.client.get<ChannelResponse>(`/api/channels/${consultation.id}`);
    expect(member.body.abilities).toEqual({ read: true, send: true, update: true });
    const coordinator = await cast.coordinator.client.get<ChannelResponse>(`/api/channels/${consultation.id}`);
    expect(coordinator.body.abilities).toEqual({ read: true, send: true, update: false });
  });

  it('answers an unknown channel like one the user may not see', async () => {
    const hidden = await cast.outsider.client.get<ErrorBody>(`/api/channels/${general.id}`);
    const unknown = await cast.outsider.client.get<ErrorBody>('/api/channels/0123456789abcdef01234567');
    expect(hidden.status).toBe(404);
    expect(hidden.body).toEqual(unknown.body);
  });
});
