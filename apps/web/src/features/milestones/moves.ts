import type { MilestoneStatus } from '@jumelage/contracts/constants';
import type { Milestone } from '@jumelage/contracts/milestones';
import type { Columns } from './board.ts';

/** Where a card goes: its column, its new neighbours, and its place there (1-based) for announcements. */
export interface MoveTarget {
  status: MilestoneStatus;
  before: Milestone | null;
  after: Milestone | null;
  place: { position: number; total: number };
}

/** To the end of another column (the "Move to…" buttons); hidden cards count, so it really is the end. */
export function targetAtEnd(
  milestone: Milestone,
  status: MilestoneStatus,
  all: Columns,
): MoveTarget {
  const column = all[status].filter((m) => m.id !== milestone.id);
  const total = column.length + 1;
  return { status, before: column.at(-1) ?? null, after: null, place: { position: total, total } };
}

/** One place up or down among the cards the viewer sees. */
export function targetByStep(
  milestone: Milestone,
  step: -1 | 1,
  visible: Columns,
): MoveTarget | null {
  const column = visible[milestone.status];
  const index = column.findIndex((m) => m.id === milestone.id);
  const others = column.filter((m) => m.id !== milestone.id);
  const next = index + step;
  if (index < 0 || next < 0 || next > others.length) return null;
  return {
    status: milestone.status,
    before: others[next - 1] ?? null,
    after: others[next] ?? null,
    place: { position: next + 1, total: column.length },
  };
}

/** Where a drop left the card: the order of ids in its column after the drag. */
export function targetFromOrder(
  id: string,
  status: MilestoneStatus,
  ids: readonly string[],
  byId: ReadonlyMap<string, Milestone>,
): MoveTarget | null {
  const index = ids.indexOf(id);
  if (index < 0) return null;
  const at = (i: number) => byId.get(ids[i] ?? '') ?? null;
  return {
    status,
    before: at(index - 1),
    after: at(index + 1),
    place: { position: index + 1, total: ids.length },
  };
}
