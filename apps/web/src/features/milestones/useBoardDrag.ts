import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  Announcements,
  DragEndEvent,
  DragOverEvent,
  DragStartEvent,
  UniqueIdentifier,
} from '@dnd-kit/core';
import { arrayMove } from '@dnd-kit/sortable';
import type { MilestoneStatus } from '@jumelage/contracts/constants';
import type { Milestone } from '@jumelage/contracts/milestones';
import type { Columns } from './board.ts';
import { targetFromOrder, type MoveTarget } from './moves.ts';

type Order = Record<MilestoneStatus, string[]>;

interface BoardDragOptions {
  visible: Columns;
  statuses: readonly MilestoneStatus[];
  byId: ReadonlyMap<string, Milestone>;
  /** Saves a drop that changed something; its announcement has already said where it went. */
  onDrop: (milestone: Milestone, target: MoveTarget) => unknown;
}

const orderOf = (columns: Columns): Order => ({
  planned: columns.planned.map((m) => m.id),
  in_progress: columns.in_progress.map((m) => m.id),
  done: columns.done.map((m) => m.id),
  blocked: columns.blocked.map((m) => m.id),
});

const sameIds = (a: readonly string[] = [], b: readonly string[] = []) =>
  a.length === b.length && a.every((id, i) => id === b[i]);

/**
 * The order of cards while a card is dragged across columns (dnd-kit's multiple-containers
 * pattern), the drop as a move target, and what screen readers hear at every step. The latest
 * order also lives in a ref, because dnd-kit announces right after calling the handlers.
 */
export function useBoardDrag({ visible, statuses, byId, onDrop }: BoardDragOptions) {
  const { t } = useTranslation('milestones');
  const [order, setOrder] = useState<Order | null>(null);
  const current = useRef<Order | null>(null);
  const origin = useRef<Order | null>(null);
  const dropped = useRef<MoveTarget | null>(null);
  /**
   * The card as it was picked up. Its version goes with the drop, so that a partner's move made
   * during the drag is a conflict the board shows, not a change the drop silently undoes (QA pass).
   */
  const picked = useRef<Milestone | null>(null);

  const setBoth = (next: Order | null) => {
    current.current = next;
    setOrder(next);
  };
  const containerOf = (id: UniqueIdentifier, o: Order): MilestoneStatus | null =>
    statuses.find((s) => s === id) ?? statuses.find((s) => o[s].includes(String(id))) ?? null;

  // A card moved into another column changes the layout, which can put it back over the column it
  // left, and so on: within one frame that loop ends in React's "maximum update depth" (seen once
  // in a QA pass, a mouse drag to the bottom of a short column). One move between columns per
  // frame (dnd-kit's multiple-containers example holds the collision for a frame instead).
  const hasJustMoved = useRef(false);

  const onDragOver = ({ active, over }: DragOverEvent) => {
    const o = current.current;
    if (!o || !over || hasJustMoved.current) return;
    const from = containerOf(active.id, o);
    const to = containerOf(over.id, o);
    if (!from || !to || from === to) return;
    const target = o[to];
    const overIndex = target.indexOf(String(over.id));
    const moving = active.rect.current.translated;
    const isBelow = moving !== null && moving.top > over.rect.top + over.rect.height / 2;
    const index = overIndex >= 0 ? overIndex + (isBelow ? 1 : 0) : target.length;
    setBoth({
      ...o,
      [from]: o[from].filter((id) => id !== active.id),
      [to]: [...target.slice(0, index), String(active.id), ...target.slice(index)],
    });
    hasJustMoved.current = true;
    requestAnimationFrame(() => {
      hasJustMoved.current = false;
    });
  };

  const onDragEnd = ({ active, over }: DragEndEvent) => {
    const o = current.current;
    const milestone = picked.current ?? byId.get(String(active.id));
    picked.current = null;
    setBoth(null);
    dropped.current = null;
    if (!o || !over || !milestone) return;
    const status = containerOf(active.id, o);
    // Dropped where it is shown. Over another column only if a crossing was held back (one per
    // frame, above) and the pointer stayed there: the card stays in the column it is drawn in.
    if (!status) return;
    let ids = o[status];
    const from = ids.indexOf(milestone.id);
    const to = ids.indexOf(String(over.id));
    if (to >= 0 && from !== to) ids = arrayMove(ids, from, to);
    const target = targetFromOrder(milestone.id, status, ids, byId);
    dropped.current = target;
    const isUnchanged = status === milestone.status && sameIds(origin.current?.[status], ids);
    if (target && !isUnchanged) onDrop(milestone, target);
  };

  const describe = (id: UniqueIdentifier, overId: UniqueIdentifier) => {
    const o = current.current ?? origin.current;
    const status = o ? containerOf(overId, o) : null;
    if (!o || !status) return null;
    const ids = o[status];
    const index = ids.indexOf(String(overId === status ? id : overId));
    const position = index >= 0 ? index + 1 : ids.length;
    return { column: t(`status.${status}`), position, total: Math.max(ids.length, position) };
  };
  const titleOf = (id: UniqueIdentifier) => byId.get(String(id))?.title ?? '';
  const columnOf = (id: UniqueIdentifier) => {
    const status = byId.get(String(id))?.status;
    return status ? t(`status.${status}`) : '';
  };

  const announcements: Announcements = {
    onDragStart: ({ active }) => {
      const place = describe(active.id, active.id);
      return place ? t('dnd.pickedUp', { title: titleOf(active.id), ...place }) : undefined;
    },
    onDragOver: ({ active, over }) => {
      // Right after pick-up the card is over itself: keep the "picked up" message audible.
      if (over?.id === active.id && current.current === origin.current) return undefined;
      const place = over ? describe(active.id, over.id) : null;
      return place
        ? t('dnd.over', { title: titleOf(active.id), ...place })
        : t('dnd.notOver', { title: titleOf(active.id) });
    },
    onDragEnd: ({ active }) => {
      const target = dropped.current;
      if (!target)
        return t('dnd.cancelled', { title: titleOf(active.id), column: columnOf(active.id) });
      // Not "saving…": the drag's own live region keeps its last words, and after a failed save
      // they went on saying so beside "could not move" (QA pass). The board says how it ended.
      return t('dnd.dropped', {
        title: titleOf(active.id),
        column: t(`status.${target.status}`),
        ...target.place,
      });
    },
    onDragCancel: ({ active }) =>
      t('dnd.cancelled', { title: titleOf(active.id), column: columnOf(active.id) }),
  };
  return {
    order,
    announcements,
    handlers: {
      onDragStart: ({ active }: DragStartEvent) => {
        picked.current = byId.get(String(active.id)) ?? null;
        origin.current = orderOf(visible);
        setBoth(origin.current);
      },
      onDragOver,
      onDragEnd,
      onDragCancel: () => {
        picked.current = null;
        setBoth(null);
      },
    },
  };
}
