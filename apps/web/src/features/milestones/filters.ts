import { useCallback, useMemo } from 'react';
import { useUrlQuery } from '../../lib/useUrlQuery.ts';
import { milestoneStatuses, type MilestoneStatus } from '@jumelage/contracts/constants';
import type { Milestone } from '@jumelage/contracts/milestones';
import { dueState } from './dates.ts';

export interface BoardFilters {
  status: MilestoneStatus | null;
  ownerId: string | null;
  isOverdueOnly: boolean;
  query: string;
}

type FilterParam = 'status' | 'owner' | 'overdue' | 'q' | 'milestone';

function asStatus(value: string | null): MilestoneStatus | null {
  return milestoneStatuses.find((status) => status === value) ?? null;
}

/**
 * The board's filters and the open milestone live in the URL (?status=&owner=&overdue=1&q=
 * &milestone=), so they survive a reload and can be shared; the calendar feed links to ?milestone=.
 */
export function useBoardQuery() {
  const { params, edit, setParam } = useUrlQuery();
  const filters = useMemo<BoardFilters>(
    () => ({
      status: asStatus(params.get('status')),
      ownerId: params.get('owner') || null,
      isOverdueOnly: params.get('overdue') === '1',
      query: params.get('q') ?? '',
    }),
    [params],
  );
  const set = useCallback(
    (name: FilterParam, value: string | null) => setParam(name, value),
    [setParam],
  );
  /** Drops every filter, keeping the open milestone. */
  const clear = useCallback(
    () =>
      edit((next) => {
        for (const name of [...next.keys()]) if (name !== 'milestone') next.delete(name);
      }),
    [edit],
  );
  return { filters, openId: params.get('milestone'), set, clear };
}

export function hasFilters(filters: BoardFilters): boolean {
  return Boolean(
    filters.status || filters.ownerId || filters.isOverdueOnly || filters.query.trim(),
  );
}

/** Client-side filtering over the loaded board (at most milestoneLimits.perPartnership cards). */
export function matchesFilters(
  milestone: Milestone,
  filters: BoardFilters,
  today: string,
): boolean {
  if (filters.status && milestone.status !== filters.status) return false;
  if (filters.ownerId && !milestone.ownerIds.includes(filters.ownerId)) return false;
  if (filters.isOverdueOnly && dueState(milestone, today) !== 'overdue') return false;
  const words = searchable(filters.query).split(/\s+/).filter(Boolean);
  const text = searchable(`${milestone.title} ${milestone.description}`);
  return words.every((word) => text.includes(word));
}

/**
 * Text as the board search compares it: lower case, without accents and Arabic vowel marks, ß as
 * ss, so that "bewasserung" finds "Bewässerung" and "valide" finds "validé" (typed on another
 * language's keyboard).
 */
export function searchable(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLocaleLowerCase()
    .replace(/ß/g, 'ss')
    .trim();
}
