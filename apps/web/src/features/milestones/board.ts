import { generateKeyBetween } from 'fractional-indexing';
import { milestoneStatuses, type MilestoneStatus } from '@jumelage/contracts/constants';
import type { Milestone } from '@jumelage/contracts/milestones';

export type Columns = Record<MilestoneStatus, Milestone[]>;

// Fractional-indexing keys compare by code unit (like the database), never by locale.
const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function byPosition(a: Milestone, b: Milestone): number {
  return compare(a.position, b.position) || compare(a.id, b.id);
}

/** The board's four columns, each in position order. */
export function groupByStatus(milestones: readonly Milestone[]): Columns {
  const columns: Columns = { planned: [], in_progress: [], done: [], blocked: [] };
  for (const milestone of milestones) columns[milestone.status].push(milestone);
  for (const status of milestoneStatuses) columns[status].sort(byPosition);
  return columns;
}

/**
 * A key that sorts between two neighbours (null: column start or end). Two clients inserting at
 * the same spot may have produced equal keys; then the new one goes right after `before`.
 */
export function positionBetween(before: string | null, after: string | null): string {
  if (before !== null && after !== null && before >= after) return generateKeyBetween(before, null);
  return generateKeyBetween(before, after);
}

/** Applies a change from elsewhere unless this list already holds that version or a newer one. */
export function applyIfNewer(list: Milestone[], milestone: Milestone): Milestone[] {
  const existing = list.find((m) => m.id === milestone.id);
  if (!existing) return [...list, milestone];
  if (existing.version >= milestone.version) return list;
  return list.map((m) => (m.id === milestone.id ? milestone : m));
}

/**
 * Puts a move that failed back as it was, unless the list has a newer version meanwhile: a move
 * whose answer was lost may still have been made, and its own event may have come first.
 */
export function rollBack(list: Milestone[], milestone: Milestone): Milestone[] {
  const current = list.find((m) => m.id === milestone.id);
  return current && current.version > milestone.version ? list : replaceMilestone(list, milestone);
}

/** Puts this exact state in place (a move shown at once, the server's answer), whatever the version. */
export function replaceMilestone(list: Milestone[], milestone: Milestone): Milestone[] {
  return list.some((m) => m.id === milestone.id)
    ? list.map((m) => (m.id === milestone.id ? milestone : m))
    : [...list, milestone];
}

export function removeMilestone(list: Milestone[], id: string): Milestone[] {
  return list.filter((m) => m.id !== id);
}

export const editableFields = [
  'title',
  'description',
  'status',
  'dueOn',
  'ownerIds',
  'planId',
] as const;
export type EditableField = (typeof editableFields)[number];

// Owner lists are compared as sets: ticking the same people in another order is no change.
const normalised = (value: unknown) =>
  JSON.stringify(Array.isArray(value) ? [...value].map(String).sort() : (value ?? null));
const sameValue = (a: unknown, b: unknown) => normalised(a) === normalised(b);

/** The user-visible fields in which two states of a milestone differ. */
export function changedFields(
  from: Pick<Milestone, EditableField>,
  to: Pick<Milestone, EditableField>,
): EditableField[] {
  return editableFields.filter((field) => !sameValue(from[field], to[field]));
}
