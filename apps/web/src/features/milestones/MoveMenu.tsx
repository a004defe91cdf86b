import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { milestoneStatuses, type MilestoneStatus } from '@jumelage/contracts/constants';
import type { Milestone } from '@jumelage/contracts/milestones';
import { useUnfoldingMenu } from '../../lib/menuFolding.ts';

export type MoveCommand = { to: MilestoneStatus } | { by: -1 | 1 };

interface MoveMenuProps {
  milestone: Milestone;
  canMoveUp: boolean;
  canMoveDown: boolean;
  isBusy: boolean;
  onMove: (command: MoveCommand) => void;
}

/**
 * Moving without dragging (WCAG 2.5.7): plain buttons for another column or one place up or down,
 * folded under a disclosure button. Escape folds them and returns to that button (the focus used
 * to fall to the page); a click elsewhere or Tab past the last one folds them too.
 */
export function MoveMenu({ milestone, canMoveUp, canMoveDown, isBusy, onMove }: MoveMenuProps) {
  const { t } = useTranslation('milestones');
  const { isOpen, setIsOpen, rootRef, toggleRef, onKeyDown } = useUnfoldingMenu();
  const menuId = useId();
  const run = (command: MoveCommand) => {
    setIsOpen(false);
    onMove(command);
  };

  return (
    <div ref={rootRef} className="move-menu" onKeyDown={onKeyDown}>
      <button
        ref={toggleRef}
        type="button"
        className="button button--small button--secondary"
        aria-expanded={isOpen}
        aria-controls={menuId}
        aria-label={t('card.moveMenuLabel', { title: milestone.title })}
        data-move-toggle={milestone.id}
        // Not `disabled`: the button keeps the focus while the move is being saved.
        aria-disabled={isBusy || undefined}
        onClick={() => {
          if (!isBusy) setIsOpen((open) => !open);
        }}
      >
        {t('card.moveMenu')}
      </button>
      <ul id={menuId} className="move-menu__list" hidden={!isOpen}>
        {milestoneStatuses
          .filter((status) => status !== milestone.status)
          .map((status) => (
            <li key={status}>
              <button type="button" className="button--menu" onClick={() => run({ to: status })}>
                {t('card.moveTo', { column: t(`status.${status}`) })}
              </button>
            </li>
          ))}
        {canMoveUp ? (
          <li>
            <button type="button" className="button--menu" onClick={() => run({ by: -1 })}>
              <span aria-hidden="true">↑ </span>
              {t('card.moveUp')}
            </button>
          </li>
        ) : null}
        {canMoveDown ? (
          <li>
            <button type="button" className="button--menu" onClick={() => run({ by: 1 })}>
              <span aria-hidden="true">↓ </span>
              {t('card.moveDown')}
            </button>
          </li>
        ) : null}
      </ul>
    </div>
  );
}
