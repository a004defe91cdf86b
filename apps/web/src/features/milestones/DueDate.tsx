import { useTranslation } from 'react-i18next';
import type { Milestone } from '@jumelage/contracts/milestones';
import { useFormat } from '../users/useFormat.ts';
import { dueState } from './dates.ts';

/**
 * The due date in the viewer's language, flagged in words (and colour) when overdue or due soon.
 * `isLabelled`: a label beside it already says "due date" (the detail's list of facts), so the date
 * does not say "due on" a second time.
 */
export function DueDate({
  milestone,
  today,
  isLabelled = false,
}: {
  milestone: Milestone;
  today: string;
  isLabelled?: boolean;
}) {
  const { t } = useTranslation('milestones');
  const format = useFormat();
  if (!milestone.dueOn) return null;
  const state = dueState(milestone, today);
  return (
    <p className={`due-date${state ? ` due-date--${state}` : ''}`}>
      {state ? (
        <span className="due-date__flag">
          <span aria-hidden="true">{state === 'overdue' ? '⚠' : '◷'}</span> {t(`due.${state}`)}
          <span className="visually-hidden">{t('due.separator')}</span>
        </span>
      ) : null}{' '}
      <span>
        {isLabelled ? null : `${t('due.label')} `}
        <time dateTime={milestone.dueOn}>{format.calendarDate(milestone.dueOn)}</time>
      </span>
    </p>
  );
}
