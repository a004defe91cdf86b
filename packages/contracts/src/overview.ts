import { z } from 'zod';
import { milestoneStatuses, partnershipStatuses, themes, type MilestoneStatus, type PartnershipStatus, type Theme } from './constants.ts';
import { isoDate, objectId } from './common.ts';
import type { MunicipalityView } from './partnerships.ts';

export const overviewSorts = ['name', 'progress', 'next_due', 'last_activity'] as const;
export type OverviewSort = (typeof overviewSorts)[number];

export const overviewQuery = z.strictObject({
  country: z.string().regex(/^[A-Z]{2}$/).optional(),
  theme: z.enum(themes).optional(),
  /** The partnership's own status (active, paused, completed); default: all. */
  status: z.enum(partnershipStatuses).optional(),
  sort: z.enum(overviewSorts).default('name'),
  /** The other way round than the sort's own direction (`asc`: A to Z, least done, …). */
  order: z.enum(['asc', 'desc']).optional(),
  /** Opaque cursor from the previous page. */
  after: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
});
export type OverviewQuery = z.input<typeof overviewQuery>;

export const overviewMilestonesQuery = z.strictObject({
  status: z.enum(milestoneStatuses).optional(),
  /** The overview's partnership filters, so its due list shows the partnerships its table shows. */
  country: overviewQuery.shape.country,
  theme: overviewQuery.shape.theme,
  partnershipStatus: overviewQuery.shape.status,
  overdue: z.enum(['true', 'false']).transform((value) => value === 'true').optional(),
  dueBefore: isoDate.optional(),
  partnershipId: objectId.optional(),
  limit: z.coerce.number().int().min(1).max(200).default(100),
});
export type OverviewMilestonesQuery = z.input<typeof overviewMilestonesQuery>;

export type StatusCounts = Record<MilestoneStatus, number>;

export interface OverviewRow {
  partnership: {
    id: string;
    name: string;
    municipalities: MunicipalityView[];
    themes: Theme[];
    status: PartnershipStatus;
  };
  counts: StatusCounts;
  total: number;
  percentDone: number;
  overdue: number;
  nextDue: { id: string; title: string; dueOn: string } | null;
  lastActivityAt: string | null;
  /** An active partnership without milestone activity for `quietDays` (paused and completed ones never are). */
  isQuiet: boolean;
}

export interface OverviewMilestone {
  id: string;
  title: string;
  status: MilestoneStatus;
  dueOn: string;
  isOverdue: boolean;
  partnership: { id: string; name: string };
}
