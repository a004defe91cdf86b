import { useTranslation } from 'react-i18next';
import { milestoneStatuses } from '@jumelage/contracts/constants';
import type { StatusCounts as Counts } from '@jumelage/contracts/overview';

/** Milestones per status as a small stacked bar (decoration) and as text (the information). */
export function StatusCounts({ counts, total }: { counts: Counts; total: number }) {
  const { t } = useTranslation('overview');
  if (total === 0) return <span className="muted">{t('table.noMilestones')}</span>;
  return (
    <div className="status-counts">
      <div className="status-counts__bar" aria-hidden="true">
        {milestoneStatuses.map((status) =>
          counts[status] > 0 ? (
            <span
              key={status}
              className={`status-counts__segment status-counts__segment--${status}`}
              style={{ flexGrow: counts[status] }}
            />
          ) : null,
        )}
      </div>
      <ul className="status-counts__list">
        {milestoneStatuses.map((status) => (
          <li key={status} className={counts[status] === 0 ? 'muted' : undefined}>
            <span
              className={`status-counts__key status-counts__segment--${status}`}
              aria-hidden="true"
            />
            {t(`counts.${status}`, { count: counts[status] })}
          </li>
        ))}
      </ul>
    </div>
  );
}
