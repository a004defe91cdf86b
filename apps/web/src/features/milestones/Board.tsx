import { useMemo, useRef, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import {
  closestCorners,
  DndContext,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
} from '@dnd-kit/core';
import type { MilestoneStatus } from '@jumelage/contracts/constants';
import type { Milestone } from '@jumelage/contracts/milestones';
import type { Columns } from './board.ts';
import { BoardColumn } from './BoardColumn.tsx';
import { boardKeyboardCoordinates } from './keyboardCoordinates.ts';
import { MilestoneCard } from './MilestoneCard.tsx';
import { MoveMenu, type MoveCommand } from './MoveMenu.tsx';
import { targetAtEnd, targetByStep, type MoveTarget } from './moves.ts';
import type { OwnerDirectory } from './owners.ts';
import { useBoardDrag } from './useBoardDrag.ts';

interface BoardProps {
  all: Columns;
  visible: Columns;
  statuses: readonly MilestoneStatus[];
  isFiltered: boolean;
  canMove: boolean;
  busyIds: ReadonlySet<string>;
  owners: OwnerDirectory;
  /** The partnership's plan titles by id (null: not readable), to name a card's linked plan. */
  planTitles: ReadonlyMap<string, string> | null;
  today: string;
  onMove: (milestone: Milestone, target: MoveTarget, wasAnnounced?: boolean) => Promise<void>;
  onOpen: (id: string) => void;
}

/**
 * The four columns. Cards move by drag and drop (pointer, touch, keyboard; dnd-kit) or with the
 * "Move" buttons. Columns follow the document direction, so Arabic shows "planned" on the right;
 * keyboard moves are measured on screen, so arrows go to the visually adjacent column.
 */
/**
 * Gives the focus back to a card's drag handle once it fell to the page. The card put back may be
 * drawn a few frames after the move settled (later on a busy device): while the focus is still on
 * the handle it had, this looks again, for up to about half a second.
 */
function refocusHandle(boardRef: RefObject<HTMLElement | null>, id: string, frames = 30): void {
  requestAnimationFrame(() => {
    const selector = `[data-drag-handle="${CSS.escape(id)}"]`;
    const active = document.activeElement;
    if (active === null || active === document.body) {
      boardRef.current?.querySelector<HTMLElement>(selector)?.focus();
    } else if (active.matches(selector) && frames > 0) {
      refocusHandle(boardRef, id, frames - 1);
    }
  });
}

export function Board(props: BoardProps) {
  const { all, visible, statuses, isFiltered, canMove, busyIds, owners, planTitles, today } = props;
  const { onMove, onOpen } = props;
  const { t } = useTranslation('milestones');
  const boardRef = useRef<HTMLDivElement>(null);
  const byId = useMemo(
    () =>
      new Map(
        Object.values(all)
          .flat()
          .map((m) => [m.id, m] as const),
      ),
    [all],
  );
  const drag = useBoardDrag({
    visible,
    statuses,
    byId,
    // A drop that fails puts the card back: a new element in its old column, and the keyboard
    // user's focus fell to the page. It goes back to the card's handle where it was lost.
    onDrop: (milestone, target) =>
      onMove(milestone, target, true).finally(() => refocusHandle(boardRef, milestone.id)),
  });
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 6 } }),
    useSensor(KeyboardSensor, { coordinateGetter: boardKeyboardCoordinates }),
  );

  const idsOf = (status: MilestoneStatus) =>
    drag.order ? drag.order[status] : visible[status].map((m) => m.id);

  const runCommand = (milestone: Milestone, command: MoveCommand) => {
    const target =
      'to' in command
        ? targetAtEnd(milestone, command.to, all)
        : targetByStep(milestone, command.by, visible);
    if (!target) return;
    // The card now sits in another column (a new element), and again after a rollback: keep the
    // keyboard user on its "Move" button. A card moved out of a filtered view is gone: the focus
    // goes to the card that took its place (or the one before), else to "clear filters"; it fell
    // to the page (QA pass).
    const column = visible[milestone.status].map((m) => m.id);
    const index = column.indexOf(milestone.id);
    const candidates = [milestone.id, column[index + 1], column[index - 1]];
    const toggleOf = (id: string | undefined) =>
      id ? document.querySelector<HTMLElement>(`[data-move-toggle="${CSS.escape(id)}"]`) : null;
    const refocus = () =>
      requestAnimationFrame(() => {
        const target = candidates.map(toggleOf).find(Boolean);
        if (target) target.focus();
        else document.querySelector<HTMLElement>('[data-focus-when-board-empties]')?.focus();
      });
    void onMove(milestone, target).finally(refocus);
    refocus();
  };

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={closestCorners}
      accessibility={{
        announcements: drag.announcements,
        screenReaderInstructions: { draggable: t('dnd.instructions') },
      }}
      {...drag.handlers}
      onDragOver={(event) => {
        drag.handlers.onDragOver(event);
        // A card carried by keyboard into another column is drawn anew there, and the focus fell
        // to the page until the drop, with nothing showing which card moved (sixteenth QA pass).
        if (event.activatorEvent instanceof KeyboardEvent) {
          refocusHandle(boardRef, String(event.active.id));
        }
      }}
    >
      <div ref={boardRef} className="board" aria-label={t('board.label')} role="group">
        {statuses.map((status) => {
          const ids = idsOf(status);
          return (
            <BoardColumn
              key={status}
              status={status}
              ids={ids}
              total={
                isFiltered && !drag.order && ids.length !== all[status].length
                  ? all[status].length
                  : null
              }
            >
              {ids.map((id, index) => {
                const milestone = byId.get(id);
                if (!milestone) return null;
                const isBusy = busyIds.has(id);
                return (
                  <MilestoneCard
                    key={id}
                    milestone={milestone}
                    owners={owners}
                    planTitle={milestone.planId ? planTitles?.get(milestone.planId) : undefined}
                    today={today}
                    canMove={canMove}
                    isBusy={isBusy}
                    onOpen={onOpen}
                    moveMenu={
                      canMove ? (
                        <MoveMenu
                          milestone={milestone}
                          canMoveUp={index > 0}
                          canMoveDown={index < ids.length - 1}
                          isBusy={isBusy}
                          onMove={(command) => runCommand(milestone, command)}
                        />
                      ) : null
                    }
                  />
                );
              })}
            </BoardColumn>
          );
        })}
      </div>
    </DndContext>
  );
}
