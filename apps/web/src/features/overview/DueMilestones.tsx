import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { addDays, todayIn } from '@jumelage/contracts/calendarDays';
import { milestoneLimits } from '@jumelage/contracts/constants';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { Loading } from '../../components/Loading.tsx';
import { useMediaQuery } from '../../lib/useMediaQuery.ts';
import { useResource } from '../../lib/useResource.ts';
import { useLiveRefresh } from './useLiveRefresh.ts';
import { useFormat } from '../users/useFormat.ts';
import type { OverviewMilestone } from '@jumelage/contracts/overview';
import { dueMilestonesUrl, type OverviewFilters, type OverviewMilestones } from './overview.api.ts';
import { MilestoneLink, narrowOverview } from './OverviewFigures.tsx';

/** Open milestones of every partnership that are overdue or due within dueSoonDays, by due date. */
export function DueMilestones({ filters }: { filters: OverviewFilters }) {
  const { t } = useTranslation('overview');
  const format = useFormat();
  const headingId = useId();
  const days = milestoneLimits.dueSoonDays;
  // "Within 14 days" includes the 14th day, so the exclusive bound is the day after.
  const dueBefore = addDays(todayIn(format.timeZone), days + 1);
  const { data, error, isLoading, isStale, reload } = useResource<OverviewMilestones>(
    dueMilestonesUrl(dueBefore, filters),
    { keepPrevious: true },
  );
  useLiveRefresh(reload);
  const isNarrow = useMediaQuery(narrowOverview);
  const milestones = data?.data;

  return (
    <section className="due-milestones" aria-labelledby={headingId} aria-busy={isStale}>
      <h2 id={headingId}>{t('due.title', { count: days })}</h2>
      <ErrorMessage error={error} onRetry={reload} />
      {!milestones && isLoading ? <Loading /> : null}
      {milestones && milestones.length === 0 ? <p>{t('due.empty')}</p> : null}
      {milestones && milestones.length > 0 && isNarrow ? <DueList milestones={milestones} /> : null}
      {milestones && milestones.length > 0 && !isNarrow ? (
        <div className="table-wrap">
          <table className="table" aria-labelledby={headingId}>
            <thead>
              <tr>
                <th scope="col">{t('due.milestone')}</th>
                <th scope="col">{t('due.partnership')}</th>
                <th scope="col">{t('due.dueOn')}</th>
                <th scope="col">{t('due.status')}</th>
              </tr>
            </thead>
            <tbody>
              {milestones.map((milestone) => (
                <tr key={milestone.id}>
                  <th scope="row">
                    <MilestoneLink partnershipId={milestone.partnership.id} milestone={milestone} />
                  </th>
                  <td>
                    <bdi>{milestone.partnership.name}</bdi>
                  </td>
                  <td>
                    <DueDate milestone={milestone} />
                  </td>
                  <td>{t(`status.${milestone.status}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}

/** On a narrow screen: one item per milestone, its partnership, due date and status below it. */
function DueList({ milestones }: { milestones: OverviewMilestone[] }) {
  const { t } = useTranslation('overview');
  return (
    <ul className="card-list due-list" role="list">
      {milestones.map((milestone) => (
        <li key={milestone.id} className="due-list__item">
          <MilestoneLink partnershipId={milestone.partnership.id} milestone={milestone} />
          <bdi className="due-list__partnership">{milestone.partnership.name}</bdi>
          <span>
            <DueDate milestone={milestone} />
            {' · '}
            {t('due.statusIs', { status: t(`status.${milestone.status}`) })}
          </span>
        </li>
      ))}
    </ul>
  );
}

/** "Overdue" or "due soon" as a flag, then the date. */
function DueDate({ milestone }: { milestone: OverviewMilestone }) {
  const { t } = useTranslation('overview');
  const format = useFormat();
  return (
    <>
      <span
        className={milestone.isOverdue ? 'due-flag due-flag--overdue' : 'due-flag due-flag--soon'}
      >
        <span aria-hidden="true">{milestone.isOverdue ? '⚠ ' : '◷ '}</span>
        {milestone.isOverdue ? t('due.overdue') : t('due.soon')}
      </span>{' '}
      <time dateTime={milestone.dueOn}>{format.calendarDate(milestone.dueOn)}</time>
    </>
  );
}
