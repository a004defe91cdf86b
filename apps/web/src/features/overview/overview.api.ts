import {
  partnershipStatuses,
  themes,
  type PartnershipStatus,
  type Theme,
} from '@jumelage/contracts/constants';
import type { OverviewMilestone, OverviewRow, OverviewSort } from '@jumelage/contracts/overview';
import { api } from '../../lib/api.ts';

export interface OverviewPageData {
  data: OverviewRow[];
  nextCursor: string | null;
}

export interface OverviewMilestones {
  data: OverviewMilestone[];
}

export interface OverviewFilters {
  country: string | null;
  theme: Theme | null;
  status: PartnershipStatus | null;
  sort: OverviewSort;
}

// The API's orders (a runtime copy: the contract's list lives next to zod). Each has one direction.
export const overviewSorts = {
  name: 'ascending',
  progress: 'descending',
  next_due: 'ascending',
  last_activity: 'descending',
} as const satisfies Record<OverviewSort, 'ascending' | 'descending'>;

export function isOverviewSort(value: string | null): value is OverviewSort {
  return value !== null && Object.keys(overviewSorts).includes(value);
}

export function isTheme(value: string | null): value is Theme {
  return themes.some((theme) => theme === value);
}

export function isPartnershipStatus(value: string | null): value is PartnershipStatus {
  return partnershipStatuses.some((status) => status === value);
}

function query(filters: OverviewFilters, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams(extra);
  if (filters.country) params.set('country', filters.country);
  if (filters.theme) params.set('theme', filters.theme);
  if (filters.status) params.set('status', filters.status);
  params.set('sort', filters.sort);
  return params.toString();
}

export const overviewUrl = (filters: OverviewFilters) => `/api/overview?${query(filters)}`;
export const overviewCsvUrl = (filters: OverviewFilters) => `/api/overview.csv?${query(filters)}`;
/** The due list, for the partnerships the table's filters leave (its sort does not apply). */
export function dueMilestonesUrl(dueBefore: string, filters: OverviewFilters): string {
  const params = new URLSearchParams({ dueBefore });
  if (filters.country) params.set('country', filters.country);
  if (filters.theme) params.set('theme', filters.theme);
  if (filters.status) params.set('partnershipStatus', filters.status);
  return `/api/overview/milestones?${params}`;
}

export function fetchOverviewPage(
  filters: OverviewFilters,
  after: string,
): Promise<OverviewPageData> {
  return api.get<OverviewPageData>(`/api/overview?${query(filters, { after })}`);
}
