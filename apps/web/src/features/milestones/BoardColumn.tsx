import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useDroppable } from '@dnd-kit/core';
import { SortableContext, verticalListSortingStrategy } from '@dnd-kit/sortable';
import type { MilestoneStatus } from '@jumelage/contracts/constants';

interface BoardColumnProps {
  status: MilestoneStatus;
  ids: string[];
  /** Milestones in this column without filters, for "3 of 7 shown"; null while filters are off or a card is dragged. */
  total: number | null;
  children: ReactNode;
}

/** A column is a drop target of its own, so cards can be dropped into an empty one. */
export function BoardColumn({ status, ids, total, children }: BoardColumnProps) {
  const { t } = useTranslation('milestones');
  const headingId = useId();
  const { setNodeRef, isOver } = useDroppable({ id: status });
  const count = ids.length;
  return (
    <section
      ref={setNodeRef}
      className={`board-column board-column--${status}${isOver ? ' board-column--over' : ''}`}
      aria-labelledby={headingId}
    >
      <h3 id={headingId} className="board-column__title">
        <span className="board-column__marker" aria-hidden="true" />
        <span>{t(`status.${status}`)}</span>
        <span className="board-column__count">
          {total === null ? t('board.count', { count }) : t('board.countOf', { count, total })}
        </span>
      </h3>
      <SortableContext id={status} items={ids} strategy={verticalListSortingStrategy}>
        <ul className="board-column__list">{children}</ul>
      </SortableContext>
      {count === 0 ? <p className="board-column__empty">{t('board.emptyColumn')}</p> : null}
    </section>
  );
}
