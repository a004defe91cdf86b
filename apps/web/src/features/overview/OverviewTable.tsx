import { useTranslation } from 'react-i18next';
import type { OverviewRow, OverviewSort } from '@jumelage/contracts/overview';
import { useMinuteClock } from '../../lib/useMinuteClock.ts';
import { OverviewTableRow } from './OverviewTableRow.tsx';
import type { SortDirection } from './overview.api.ts';
import { SortHeader } from './SortHeader.tsx';

interface OverviewTableProps {
  rows: OverviewRow[];
  sort: OverviewSort;
  direction: SortDirection;
  onSort: (sort: OverviewSort) => void;
}

/** All partnerships with their milestone figures; four columns sort, each either way. */
export function OverviewTable({ rows, sort, direction, onSort }: OverviewTableProps) {
  const { t } = useTranslation('overview');
  const now = useMinuteClock();
  const header = (key: OverviewSort, label: string) => (
    <SortHeader sort={key} current={sort} direction={direction} label={label} onSort={onSort} />
  );
  return (
    <div className="table-wrap">
      <table className="table overview-table">
        <caption className="visually-hidden">{t('table.caption')}</caption>
        <thead>
          <tr>
            {header('name', t('table.partnership'))}
            <th scope="col">{t('table.themes')}</th>
            <th scope="col">{t('table.milestones')}</th>
            {header('progress', t('table.progress'))}
            <th scope="col">{t('table.overdue')}</th>
            {header('next_due', t('table.nextDue'))}
            {header('last_activity', t('table.lastActivity'))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <OverviewTableRow key={row.partnership.id} row={row} now={now} />
          ))}
        </tbody>
      </table>
    </div>
  );
}
