import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { changedFields } from './board.ts';
import type { OwnerDirectory } from './owners.ts';
import { useFieldFormatter } from './useFieldFormatter.ts';
import type { MoveProblem } from './useMoveMilestone.ts';

interface MoveProblemNoticeProps {
  problem: MoveProblem | null;
  owners: OwnerDirectory;
  onDismiss: () => void;
}

/** Why a move did not stick: someone else changed the milestone (and what), or the save failed. */
export function MoveProblemNotice({ problem, owners, onDismiss }: MoveProblemNoticeProps) {
  const { t } = useTranslation('milestones');
  const formatValue = useFieldFormatter(owners);
  if (!problem) return null;
  if (problem.kind === 'failed') {
    return (
      <div className="board-notice">
        <p role="alert" className="board-notice__title">
          {t('board.moveFailed', { title: problem.mine.title })}
        </p>
        <ErrorMessage error={problem.error} />
        <button type="button" className="button button--secondary" onClick={onDismiss}>
          {t('board.dismiss')}
        </button>
      </div>
    );
  }
  const { mine, current } = problem;
  return (
    <div className="board-notice board-notice--conflict" role="alert">
      <p className="board-notice__title">{t('board.conflict', { title: mine.title })}</p>
      <ul>
        {changedFields(mine, current).map((field) => (
          <li key={field}>
            {t('activity.change', {
              field: t(`fields.${field}`),
              before: formatValue(field, mine[field]),
              after: formatValue(field, current[field]),
            })}
          </li>
        ))}
      </ul>
      <button type="button" className="button button--secondary" onClick={onDismiss}>
        {t('board.dismiss')}
      </button>
    </div>
  );
}
