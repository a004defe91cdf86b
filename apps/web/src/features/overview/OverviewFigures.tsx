import { Fragment, useId } from 'react';
import { Link } from 'wouter';
import { useTranslation } from 'react-i18next';
import { milestoneLimits, type Theme } from '@jumelage/contracts/constants';
import type { OverviewRow } from '@jumelage/contracts/overview';
import { path } from '../../lib/api.ts';
import { intlLocale } from '../../lib/format.ts';
import { useFormat } from '../users/useFormat.ts';
import { formatRelative } from './relativeTime.ts';

// One partnership's figures, shown as table cells on wide screens and as a card on narrow ones.

/** Where the table would scroll sideways (it needs 60rem): cards instead, sorted by a select. */
export const narrowOverview = '(width <= 48rem)';

export const boardPath = (partnershipId: string) => path`/p/${partnershipId}/milestones`;

/** The milestone's detail on its partnership's board. */
export const milestonePath = (partnershipId: string, milestoneId: string) =>
  `${boardPath(partnershipId)}?milestone=${encodeURIComponent(milestoneId)}`;

/** The partnership's name, leading to its board (coordinators may read milestones). */
export function PartnershipLink({ row }: { row: OverviewRow }) {
  return (
    <Link href={boardPath(row.partnership.id)}>
      <bdi>{row.partnership.name}</bdi>
    </Link>
  );
}

/**
 * "Paused" or "Completed" under the name of a partnership that is not active (most are active, so
 * only the exceptions are marked; the status filter lists them).
 */
export function PartnershipStatusTag({ row }: { row: OverviewRow }) {
  const { t } = useTranslation();
  if (row.partnership.status === 'active') return null;
  return <span className="overview-row__status">{t(`statuses.${row.partnership.status}`)}</span>;
}

/** A milestone's title, leading to its detail on its partnership's board. */
export function MilestoneLink(props: {
  partnershipId: string;
  milestone: { id: string; title: string };
}) {
  return (
    <Link href={milestonePath(props.partnershipId, props.milestone.id)}>
      <bdi>{props.milestone.title}</bdi>
    </Link>
  );
}

export function PartnershipPlaces({ row }: { row: OverviewRow }) {
  const format = useFormat();
  return (
    <span className="overview-row__places">
      {row.partnership.municipalities.map((m, index) => (
        <Fragment key={index}>
          {index > 0 ? ' · ' : null}
          <bdi>{m.name}</bdi> ({format.country(m.country)})
        </Fragment>
      ))}
    </span>
  );
}

export function ThemeTags({ themes }: { themes: readonly Theme[] }) {
  const { t } = useTranslation();
  return (
    <ul className="tags tags--small">
      {themes.map((theme) => (
        <li key={theme} className="tag">
          {t(`themes.${theme}`)}
        </li>
      ))}
    </ul>
  );
}

export function ProgressFigure({ percentDone }: { percentDone: number }) {
  const { t } = useTranslation('overview');
  const id = useId();
  const format = useFormat();
  const percent = new Intl.NumberFormat(intlLocale(format.locale), { style: 'percent' }).format(
    percentDone / 100,
  );
  return (
    <>
      <progress id={id} max={100} value={percentDone} aria-labelledby={`${id}-label`} />
      <span id={`${id}-label`} className="overview-row__percent">
        {t('table.percentDone', { percent })}
      </span>
    </>
  );
}

export function OverdueFigure({ count }: { count: number }) {
  const { t } = useTranslation('overview');
  if (count === 0) return <span className="muted">{t('table.overdueCount', { count })}</span>;
  return (
    <span className="overdue-badge">
      <span aria-hidden="true">⚠ </span>
      {t('table.overdueCount', { count })}
    </span>
  );
}

export function NextDue({ row }: { row: OverviewRow }) {
  const { t } = useTranslation('overview');
  const format = useFormat();
  if (!row.nextDue) return <span className="muted">{t('table.none')}</span>;
  return (
    <>
      <MilestoneLink partnershipId={row.partnership.id} milestone={row.nextDue} />
      <time className="overview-row__date" dateTime={row.nextDue.dueOn}>
        {format.calendarDate(row.nextDue.dueOn)}
      </time>
    </>
  );
}

export function LastActivity({ row, now }: { row: OverviewRow; now: number }) {
  const { t } = useTranslation('overview');
  const format = useFormat();
  return (
    <>
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
    </>
  );
}
