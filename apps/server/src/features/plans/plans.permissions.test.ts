import { beforeAll, describe, expect, it } from 'vitest';
import { planLimits, type ErrorBody } from '@jumelage/contracts/constants';
import type { PlanResponse, PlansByIdResponse, PlanVersion } from '@jumelage/contracts/plans';
import {
  castForFile,
  clientOf,
  createConsultation,
  itEnforcesPermissions,
  serverForFile,
  type Actor,
  type PermissionCase,
} from '@jumelage/test-utils';

type Expected = Record<Actor, number>;

const server = serverForFile();
const cast = castForFile(server);
let planId: string;
let versionId: string;

async function freshPlan(): Promise<string> {
  const response = await cast.owner.client.post<PlanResponse>(`/api/partnerships/${cast.partnership.id}/plans`, { title: 'Plan', templateKey: 'blank' });
  return response.body.data.id;
}

beforeAll(async () => {
  planId = await freshPlan();
  const version = await cast.owner.client.post<{ data: PlanVersion }>(`/api/plans/${planId}/versions`, { label: 'Erste Fassung' });
  versionId = version.body.data.id;
});

// Coordinators and admins who are not members see the partnership, but its plans are closed to them
// as to any outsider (404, never 403). Observers read; members, experts and owners edit; owners delete.
const readers = (success: number): Expected => ({ anonymous: 401, outsider: 404, coordinator: 404, admin: 404, observer: success, expert: success, member: success, owner: success });
const editors = (success: number): Expected => ({ ...readers(success), observer: 403 });
const ownersOnly = (success: number): Expected => ({ ...editors(403), owner: success });

const cases: PermissionCase[] = [
  { name: 'GET /partnerships/:id/plans', expected: readers(200), send: (c) => c.get(`/api/partnerships/${cast.partnership.id}/plans`) },
  {
    name: 'POST /partnerships/:id/plans',
    expected: editors(201),
    send: (c) => c.post(`/api/partnerships/${cast.partnership.id}/plans`, { title: 'Neu', templateKey: 'blank' }),
  },
  { name: 'GET /plans/:planId', expected: readers(200), send: (c) => c.get(`/api/plans/${planId}`) },
  { name: 'PATCH /plans/:planId', expected: editors(200), send: (c) => c.patch(`/api/plans/${planId}`, { title: 'Umbenannt' }) },
  { name: 'DELETE /plans/:planId', expected: ownersOnly(204), send: async (c) => c.delete(`/api/plans/${await freshPlan()}`) },
  { name: 'GET /plans/:planId/versions', expected: readers(200), send: (c) => c.get(`/api/plans/${planId}/versions`) },
  { name: 'POST /plans/:planId/versions', expected: editors(201), send: (c) => c.post(`/api/plans/${planId}/versions`, { label: 'Stand' }) },
  { name: 'GET /plans/:planId/versions/:versionId', expected: readers(200), send: (c) => c.get(`/api/plans/${planId}/versions/${versionId}`) },
  {
    name: 'PATCH /plans/:planId/versions/:versionId',
    expected: editors(200),
    send: (c) => c.patch(`/api/plans/${planId}/versions/${versionId}`, { label: 'Zweite Fassung' }),
  },
  {
    name: 'POST /plans/:planId/versions/:versionId/restore',
    expected: editors(200),
    send: (c) => c.post(`/api/plans/${planId}/versions/${versionId}/restore`),
  },
  {
    name: 'POST /channels/:channelId/minutes',
    expected: editors(201),
    send: async (c) => c.post(`/api/channels/${(await createConsultation(cast.owner, cast.partnership.id)).id}/minutes`, { title: 'Protokoll' }),
  },
  { name: 'GET /plans/:planId/export?format=markdown', expected: readers(200), send: (c) => c.get(`/api/plans/${planId}/export?format=markdown`) },
  { name: 'GET /plans/:planId/export?format=html', expected: readers(200), send: (c) => c.get(`/api/plans/${planId}/export?format=html`) },
  { name: 'GET /plans/:planId/reading', expected: readers(200), send: (c) => c.get(`/api/plans/${planId}/reading`) },
];

describe('plan permissions: anonymous 401, outsiders and non-member coordinators 404, observers 403 on writes', () => {
  itEnforcesPermissions(cases, () => cast);

  it('answers an outsider the same 404 for a real plan as for an unknown id', async () => {
    const real = await cast.outsider.client.get<ErrorBody>(`/api/plans/${planId}`);
    const unknown = await cast.outsider.client.get<ErrorBody>('/api/plans/0123456789abcdef01234567');
    expect(real.status).toBe(404);
    expect(real.body).toEqual(unknown.body);
  });

  it('sends the viewer its plan abilities', async () => {
    const abilities = async (actor: Actor) => (await clientOf(cast, actor).get<PlanResponse>(`/api/plans/${planId}`)).body.abilities;
    expect(await abilities('observer')).toEqual({ read: true, edit: false, delete: false });
    expect(await abilities('expert')).toEqual({ read: true, edit: true, delete: false });
    expect(await abilities('owner')).toEqual({ read: true, edit: true, delete: true });
  });
});

describe('GET /plans?ids=: which of the plans a device holds copies of the viewer may still read', () => {
  const unknownId = '0123456789abcdef01234567';
  const readableIds = async (actor: Actor, ids: string[]) => {
    const response = await clientOf(cast, actor).get<PlansByIdResponse>(`/api/plans?ids=${ids.join(',')}`);
    expect(response.status).toBe(200);
    return response.body.data.map((plan) => plan.id);
  };

  it('lists the readable ones and leaves out deleted, unknown and closed plans', async () => {
    const deleted = await freshPlan();
    expect((await cast.owner.client.delete(`/api/plans/${deleted}`)).status).toBe(204);
    const asked = [planId, deleted, unknownId];
    expect(await readableIds('owner', asked)).toEqual([planId]);
    expect(await readableIds('observer', asked)).toEqual([planId]);
    expect(await readableIds('outsider', asked)).toEqual([]);
    expect(await readableIds('coordinator', asked)).toEqual([]);
    expect((await cast.anonymous.get(`/api/plans?ids=${planId}`)).status).toBe(401);
  });

  it('refuses a list that is not ids, empty, or longer than the limit', async () => {
    for (const ids of ['nope', '', Array.from({ length: planLimits.byIdMax + 1 }, () => unknownId).join(',')]) {
      const response = await cast.owner.client.get<ErrorBody>(`/api/plans?ids=${ids}`);
      expect(response.status).toBe(400);
      expect(response.body.error.code).toBe('validation_failed');
    }
    expect((await cast.owner.client.get<ErrorBody>('/api/plans')).status).toBe(400);
  });
});
