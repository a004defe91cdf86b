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
  /** Set when the table is sorted the other way round than the sort's own direction. */
  order: SortOrder | null;
}

export type SortOrder = 'asc' | 'desc';
export type SortDirection = 'ascending' | 'descending';

export function isSortOrder(value: string | null): value is SortOrder {
  return value === 'asc' || value === 'desc';
}

/** The direction the table is sorted in: the sort's own, unless the order says otherwise. */
export function directionOf(filters: Pick<OverviewFilters, 'sort' | 'order'>): SortDirection {
  if (filters.order) return filters.order === 'asc' ? 'ascending' : 'descending';
  return overviewSorts[filters.sort];
}

/** The order that turns a sort round. */
export const reversedOrder = (sort: OverviewSort): SortOrder =>
  overviewSorts[sort] === 'ascending' ? 'desc' : 'asc';

// The API's orders (a runtime copy: the contract's list lives next to zod), each in its own
// direction; `order` turns one round.
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
  if (filters.order) params.set('order', filters.order);
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
