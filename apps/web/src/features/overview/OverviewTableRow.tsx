import { Fragment, useId } from 'react';
import { Link } from 'wouter';
import { useTranslation } from 'react-i18next';
import { milestoneLimits } from '@jumelage/contracts/constants';
import type { OverviewRow } from '@jumelage/contracts/overview';
import { path } from '../../lib/api.ts';
import { intlLocale } from '../../lib/format.ts';
import { useFormat } from '../users/useFormat.ts';
import { formatRelative } from './relativeTime.ts';
import { StatusCounts } from './StatusCounts.tsx';

/** One partnership: figures only; links lead to its board (coordinators may read milestones). */
export function OverviewTableRow({ row, now }: { row: OverviewRow; now: number }) {
  const { t } = useTranslation('overview');
  const { t: tCommon } = useTranslation();
  const format = useFormat();
  const progressId = useId();
  const { partnership } = row;
  const board = path`/p/${partnership.id}/milestones`;
  const percent = new Intl.NumberFormat(intlLocale(format.locale), { style: 'percent' }).format(
    row.percentDone / 100,
  );

  return (
    <tr className={row.isQuiet ? 'overview-row overview-row--quiet' : 'overview-row'}>
      <th scope="row">
        <Link href={board}>
          <bdi>{partnership.name}</bdi>
        </Link>
        <span className="overview-row__places">
          {partnership.municipalities.map((m, index) => (
            <Fragment key={index}>
              {index > 0 ? ' · ' : null}
              <bdi>{m.name}</bdi> ({format.country(m.country)})
            </Fragment>
          ))}
        </span>
      </th>
      <td>
        <ul className="tags tags--small">
          {partnership.themes.map((theme) => (
            <li key={theme} className="tag">
              {tCommon(`themes.${theme}`)}
            </li>
          ))}
        </ul>
      </td>
      <td>
        <StatusCounts counts={row.counts} total={row.total} />
      </td>
      <td>
        <progress
          id={progressId}
          max={100}
          value={row.percentDone}
          aria-labelledby={`${progressId}-label`}
        />
        <span id={`${progressId}-label`} className="overview-row__percent">
          {t('table.percentDone', { percent })}
        </span>
      </td>
      <td>
        {row.overdue > 0 ? (
          <span className="overdue-badge">
            <span aria-hidden="true">⚠ </span>
            {t('table.overdueCount', { count: row.overdue })}
          </span>
        ) : (
          <span className="muted">{t('table.overdueCount', { count: 0 })}</span>
        )}
      </td>
      <td>
        {row.nextDue ? (
          <>
            <Link href={`${board}?milestone=${encodeURIComponent(row.nextDue.id)}`}>
              <bdi>{row.nextDue.title}</bdi>
            </Link>
            <time className="overview-row__date" dateTime={row.nextDue.dueOn}>
              {format.calendarDate(row.nextDue.dueOn)}
            </time>
          </>
        ) : (
          <span className="muted">{t('table.none')}</span>
        )}
      </td>
      <td>
        {row.lastActivityAt ? (
          <time dateTime={row.lastActivityAt} title={format.dateTime(row.lastActivityAt)}>
            {formatRelative(row.lastActivityAt, now, format.locale)}
          </time>
        ) : (
          <span className="muted">{t('table.noActivity')}</span>
        )}
        {row.isQuiet ? (
          <span className="quiet-badge">
            {t('table.quiet')}
            <span className="visually-hidden">
              {': '}
              {t('table.quietHint', { count: milestoneLimits.quietDays })}
            </span>
          </span>
        ) : null}
      </td>
    </tr>
  );
}
