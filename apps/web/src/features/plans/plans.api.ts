import type {
  CreatePlanBody,
  CreatePlanVersionBody,
  Plan,
  PlanExportFormat,
  PlanResponse,
  PlanVersion,
  PlanVersionDetail,
  RenamePlanVersionBody,
} from '@jumelage/contracts/plans';
import { api, path } from '../../lib/api.ts';

// GET URLs are read through useResource; writes are the functions below.
export const plansUrl = (partnershipId: string) => path`/api/partnerships/${partnershipId}/plans`;
export const planUrl = (planId: string) => path`/api/plans/${planId}`;
export const planReadingUrl = (planId: string) => path`/api/plans/${planId}/reading`;
export const versionsUrl = (planId: string) => path`/api/plans/${planId}/versions`;
export const versionUrl = (planId: string, versionId: string) =>
  path`/api/plans/${planId}/versions/${versionId}`;
export const exportUrl = (planId: string, format: PlanExportFormat) =>
  `${path`/api/plans/${planId}/export`}?format=${format}`;

export async function createPlan(partnershipId: string, body: CreatePlanBody): Promise<Plan> {
  return (await api.post<PlanResponse>(plansUrl(partnershipId), body)).data;
}

export async function renamePlan(planId: string, title: string): Promise<Plan> {
  return (await api.patch<PlanResponse>(planUrl(planId), { title })).data;
}

export function deletePlan(planId: string): Promise<void> {
  return api.delete(planUrl(planId));
}

export async function createVersion(
  planId: string,
  body: CreatePlanVersionBody,
): Promise<PlanVersion> {
  return (await api.post<{ data: PlanVersion }>(versionsUrl(planId), body)).data;
}

export async function fetchVersion(planId: string, versionId: string): Promise<PlanVersionDetail> {
  return (await api.get<{ data: PlanVersionDetail }>(versionUrl(planId, versionId))).data;
}

export async function renameVersion(
  planId: string,
  versionId: string,
  body: RenamePlanVersionBody,
): Promise<PlanVersion> {
  return (await api.patch<{ data: PlanVersion }>(versionUrl(planId, versionId), body)).data;
}

export async function restoreVersion(planId: string, versionId: string): Promise<Plan> {
  const url = `${versionUrl(planId, versionId)}/restore`;
  return (await api.post<PlanResponse>(url)).data;
}
