import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { OverviewRow } from '@jumelage/contracts/overview';
import { useMinuteClock } from '../../lib/useMinuteClock.ts';
import {
  LastActivity,
  NextDue,
  OverdueFigure,
  PartnershipLink,
  PartnershipPlaces,
  PartnershipStatusTag,
  ProgressFigure,
  ThemeTags,
} from './OverviewFigures.tsx';
import { StatusCounts } from './StatusCounts.tsx';

/** The overview on a narrow screen: one card per partnership, each figure under its name. */
export function OverviewCards({ rows }: { rows: OverviewRow[] }) {
  const { t } = useTranslation('overview');
  const now = useMinuteClock();
  return (
    <ul className="card-list overview-cards" role="list" aria-label={t('table.caption')}>
      {rows.map((row) => (
        <OverviewCard key={row.partnership.id} row={row} now={now} />
      ))}
    </ul>
  );
}

function OverviewCard({ row, now }: { row: OverviewRow; now: number }) {
  const { t } = useTranslation('overview');
  const fact = (label: string, value: ReactNode) => (
    <div className="overview-card__fact">
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  );
  return (
    <li
      className={row.isQuiet ? 'card overview-card overview-card--quiet' : 'card overview-card'}
      data-partnership-id={row.partnership.id}
    >
      <div>
        <h3 className="overview-card__title">
          <PartnershipLink row={row} />
        </h3>
        <PartnershipPlaces row={row} />
        <PartnershipStatusTag row={row} />
      </div>
      <ThemeTags themes={row.partnership.themes} />
      <dl className="overview-card__facts">
        {fact(t('table.milestones'), <StatusCounts counts={row.counts} total={row.total} />)}
        {fact(t('table.progress'), <ProgressFigure percentDone={row.percentDone} />)}
        {fact(t('table.overdue'), <OverdueFigure count={row.overdue} />)}
        {fact(t('table.nextDue'), <NextDue row={row} />)}
        {fact(t('table.lastActivity'), <LastActivity row={row} now={now} />)}
      </dl>
    </li>
  );
}
