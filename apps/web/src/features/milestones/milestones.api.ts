import type {
  Activity,
  CreateMilestoneBody,
  Milestone,
  MilestoneAbilities,
  UpdateMilestoneBody,
} from '@jumelage/contracts/milestones';
import type { Plan } from '@jumelage/contracts/plans';
import type { Locale } from '@jumelage/contracts/constants';
import { api, path, type ApiError } from '../../lib/api.ts';

export interface MilestoneList {
  data: Milestone[];
  nextCursor: string | null;
  abilities: MilestoneAbilities;
}

export interface ActivityList {
  data: Activity[];
  nextCursor: string | null;
}

/** The plans a milestone can link to; only id and title are needed here. */
export interface PlanOptions {
  data: Pick<Plan, 'id' | 'title'>[];
}

// GET URLs are read through useResource; writes are the functions below.
export const milestonesUrl = (partnershipId: string) =>
  path`/api/partnerships/${partnershipId}/milestones`;
export const activityUrl = (milestoneId: string) => path`/api/milestones/${milestoneId}/activity`;
export const plansUrl = (partnershipId: string) => path`/api/partnerships/${partnershipId}/plans`;

export const milestonesCsvUrl = (partnershipId: string, locale: Locale) =>
  `${path`/api/partnerships/${partnershipId}/milestones.csv`}?locale=${locale}`;

/** The absolute feed URL a calendar app subscribes to; the token stands in for the login. */
export const milestonesCalendarUrl = (partnershipId: string, token: string) =>
  `${window.location.origin}${path`/api/partnerships/${partnershipId}/milestones.ics`}?token=${encodeURIComponent(token)}`;

export async function createMilestone(
  partnershipId: string,
  body: CreateMilestoneBody,
): Promise<Milestone> {
  return (await api.post<{ data: Milestone }>(milestonesUrl(partnershipId), body)).data;
}

export async function updateMilestone(id: string, body: UpdateMilestoneBody): Promise<Milestone> {
  return (await api.patch<{ data: Milestone }>(path`/api/milestones/${id}`, body)).data;
}

export function deleteMilestone(id: string, version: number): Promise<void> {
  return api.delete(`${path`/api/milestones/${id}`}?version=${version}`);
}

function isMilestone(value: unknown): value is Milestone {
  return (
    typeof value === 'object' &&
    value !== null &&
    'id' in value &&
    typeof value.id === 'string' &&
    'version' in value &&
    typeof value.version === 'number' &&
    'position' in value &&
    typeof value.position === 'string'
  );
}

/** The server's current milestone sent along with a 409 conflict, if the error carries one. */
export function currentMilestoneOf(error: ApiError): Milestone | null {
  return error.code === 'conflict' && isMilestone(error.data) ? error.data : null;
}
