import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import type { Milestone } from '@jumelage/contracts/milestones';
import { DueDate } from './DueDate.tsx';
import { OwnerAvatars } from './OwnerAvatars.tsx';
import type { OwnerDirectory } from './owners.ts';
import '../../styles/milestone-card.css';

interface MilestoneCardProps {
  milestone: Milestone;
  owners: OwnerDirectory;
  /** The linked plan's title, when the viewer may read plans and it is still there. */
  planTitle?: string;
  today: string;
  canMove: boolean;
  isBusy: boolean;
  onOpen: (id: string) => void;
  /** The non-drag way of moving, shown to those who may move. */
  moveMenu: ReactNode;
}

/** One card; its handle is the drag source for pointer, touch and keyboard (Space, arrows, Space). */
export function MilestoneCard(props: MilestoneCardProps) {
  const { milestone, owners, planTitle, today, canMove, isBusy, onOpen, moveMenu } = props;
  const { t } = useTranslation('milestones');
  const sortable = useSortable({
    id: milestone.id,
    disabled: !canMove || isBusy,
    attributes: { roleDescription: t('card.roleDescription') },
  });
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition } =
    sortable;
  const className = [
    'milestone-card',
    sortable.isDragging ? 'milestone-card--dragging' : '',
    isBusy ? 'milestone-card--busy' : '',
  ].join(' ');

  return (
    <li
      ref={setNodeRef}
      className={className}
      style={{ transform: CSS.Translate.toString(transform), transition }}
      aria-busy={isBusy || undefined}
    >
      <div className="milestone-card__header">
        <h4 className="milestone-card__title">
          <button
            type="button"
            className="milestone-card__open"
            data-milestone-open={milestone.id}
            onClick={() => onOpen(milestone.id)}
          >
            <bdi>{milestone.title}</bdi>
          </button>
        </h4>
        {canMove ? (
          <button
            type="button"
            ref={setActivatorNodeRef}
            className="drag-handle"
            data-drag-handle={milestone.id}
            aria-label={t('card.dragHandle', { title: milestone.title })}
            {...attributes}
            {...listeners}
          >
            <svg viewBox="0 0 12 18" width="12" height="18" aria-hidden="true" focusable="false">
              <circle cx="3" cy="3" r="1.6" />
              <circle cx="9" cy="3" r="1.6" />
              <circle cx="3" cy="9" r="1.6" />
              <circle cx="9" cy="9" r="1.6" />
              <circle cx="3" cy="15" r="1.6" />
              <circle cx="9" cy="15" r="1.6" />
            </svg>
          </button>
        ) : null}
      </div>
      <DueDate milestone={milestone} today={today} />
      <div className="milestone-card__footer">
        <OwnerAvatars ownerIds={milestone.ownerIds} owners={owners} />
        {milestone.planId ? (
          <span className="milestone-card__plan">
            {planTitle ? (
              <>
                {t('card.plan')} <bdi>{planTitle}</bdi>
              </>
            ) : (
              t('card.hasPlan')
            )}
          </span>
        ) : null}
        {isBusy ? <span className="milestone-card__saving">{t('card.saving')}</span> : null}
        {moveMenu}
      </div>
    </li>
  );
}
