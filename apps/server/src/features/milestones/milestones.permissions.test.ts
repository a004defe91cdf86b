import { describe } from 'vitest';
import type { Milestone } from '@jumelage/contracts/milestones';
import {
  castForFile,
  itEnforcesPermissions,
  serverForFile,
  type PermissionCase,
} from '@jumelage/test-utils';

const server = serverForFile();
const cast = castForFile(server);

/** A fresh milestone per attempt, so one actor's delete does not decide the next one's answer. */
async function freshMilestone(): Promise<Milestone> {
  const response = await cast.owner.client.post<{ data: Milestone }>(`/api/partnerships/${cast.partnership.id}/milestones`, { title: 'Permission probe' });
  return response.body.data;
}

const read = { anonymous: 401, outsider: 404, observer: 200, expert: 200, member: 200, owner: 200, coordinator: 200, admin: 200 };
const manage = (ok: number) => ({ anonymous: 401, outsider: 404, observer: 403, expert: 403, member: ok, owner: ok, coordinator: 403, admin: 403 });
const global = { anonymous: 401, outsider: 403, observer: 403, expert: 403, member: 403, owner: 403, coordinator: 200, admin: 200 };

const cases: PermissionCase[] = [
  { name: 'GET milestones', expected: read, send: (c) => c.get(`/api/partnerships/${cast.partnership.id}/milestones`) },
  { name: 'POST milestones', expected: manage(201), send: (c) => c.post(`/api/partnerships/${cast.partnership.id}/milestones`, { title: 'Neu' }) },
  { name: 'GET milestone', expected: read, send: async (c) => c.get(`/api/milestones/${(await freshMilestone()).id}`) },
  { name: 'PATCH milestone', expected: manage(200), send: async (c) => c.patch(`/api/milestones/${(await freshMilestone()).id}`, { version: 0, status: 'in_progress' }) },
  { name: 'DELETE milestone', expected: manage(204), send: async (c) => c.delete(`/api/milestones/${(await freshMilestone()).id}`) },
  { name: 'GET milestone activity', expected: read, send: async (c) => c.get(`/api/milestones/${(await freshMilestone()).id}/activity`) },
  { name: 'GET milestones.csv', expected: read, send: (c) => c.get(`/api/partnerships/${cast.partnership.id}/milestones.csv`) },
  { name: 'GET milestones.ics', expected: read, send: (c) => c.get(`/api/partnerships/${cast.partnership.id}/milestones.ics`) },
  { name: 'GET overview', expected: global, send: (c) => c.get('/api/overview') },
  { name: 'GET overview/milestones', expected: global, send: (c) => c.get('/api/overview/milestones?overdue=true') },
  { name: 'GET overview.csv', expected: global, send: (c) => c.get('/api/overview.csv') },
];

describe('milestone and overview permissions', () => {
  itEnforcesPermissions(cases, () => cast);
});
