import { describe, expect, it } from 'vitest';
import type { ErrorBody } from '@jumelage/contracts/constants';
import {
  addMember,
  castForFile,
  createUser,
  itEnforcesPermissions,
  serverForFile,
  type PermissionCase,
} from '@jumelage/test-utils';

type Expected = PermissionCase['expected'];

const server = serverForFile();
const cast = castForFile(server);

const readable: Expected = { anonymous: 401, outsider: 404, observer: 200, expert: 200, member: 200, owner: 200, coordinator: 200, admin: 200 };
const ownersOnly = (success: number): Expected => ({
  anonymous: 401,
  outsider: 404,
  observer: 403,
  expert: 403,
  member: 403,
  owner: success,
  coordinator: 403,
  admin: success,
});

const cases: PermissionCase[] = [
  { name: 'GET /partnerships/:id', expected: readable, send: (c) => c.get(`/api/partnerships/${cast.partnership.id}`) },
  { name: 'GET /partnerships/:id/members', expected: readable, send: (c) => c.get(`/api/partnerships/${cast.partnership.id}/members`) },
  {
    name: 'PATCH /partnerships/:id',
    expected: ownersOnly(200),
    send: (c) => c.patch(`/api/partnerships/${cast.partnership.id}`, { description: 'Quartierspark' }),
  },
  {
    name: 'POST /partnerships/:id/invitations',
    expected: ownersOnly(201),
    send: (c) => c.post(`/api/partnerships/${cast.partnership.id}/invitations`, { role: 'member' }),
  },
  {
    name: 'PATCH /partnerships/:id/members/:userId',
    expected: ownersOnly(200),
    send: (c) => c.patch(`/api/partnerships/${cast.partnership.id}/members/${cast.expert.id}`, { role: 'expert' }),
  },
  {
    name: 'DELETE /partnerships/:id/members/:userId',
    expected: { ...ownersOnly(204) },
    async send(c) {
      const victim = await createUser(server, { name: 'Victim' });
      await addMember(server, cast.partnership.id, victim, 'member');
      return c.delete(`/api/partnerships/${cast.partnership.id}/members/${victim.id}`);
    },
  },
];

describe('partnership permissions: anonymous 401, non-member 404, lacking rights 403', () => {
  itEnforcesPermissions(cases, () => cast);

  it('hides the very existence of a partnership from non-members (same 404 as an unknown id)', async () => {
    const real = await cast.outsider.client.get<ErrorBody>(`/api/partnerships/${cast.partnership.id}`);
    const unknown = await cast.outsider.client.get<ErrorBody>('/api/partnerships/0123456789abcdef01234567');
    expect(real.status).toBe(404);
    expect(real.body).toEqual(unknown.body);
  });

  it('lists only my partnerships; coordinators and admins see all', async () => {
    const outsiderList = await cast.outsider.client.get<{ data: unknown[] }>('/api/partnerships');
    expect(outsiderList.body.data).toEqual([]);
    const memberList = await cast.member.client.get<{ data: Array<{ id: string; myRole: string }> }>('/api/partnerships');
    expect(memberList.body.data.map((p) => [p.id, p.myRole])).toEqual([[cast.partnership.id, 'member']]);
    const coordinatorList = await cast.coordinator.client.get<{ data: Array<{ id: string; myRole: null }> }>('/api/partnerships');
    expect(coordinatorList.body.data.map((p) => p.id)).toContain(cast.partnership.id);
    expect((await cast.anonymous.get('/api/partnerships')).status).toBe(401);
  });

  it('sends abilities with every partnership so the UI never guesses', async () => {
    const observer = await cast.observer.client.get<{ abilities: Record<string, boolean> }>(`/api/partnerships/${cast.partnership.id}`);
    expect(observer.body.abilities).toEqual({
      read: true,
      update: false,
      readPlans: true,
      editPlans: false,
      chat: false,
      manageMilestones: false,
      manageMembers: false,
    });
    const coordinator = await cast.coordinator.client.get<{ abilities: Record<string, boolean> }>(`/api/partnerships/${cast.partnership.id}`);
    expect(coordinator.body.abilities).toMatchObject({ read: true, readPlans: false, chat: false });
  });
});
