import { useTranslation } from 'react-i18next';
import { CalendarSubscription } from '../../components/CalendarSubscription.tsx';
import { useFormat } from '../users/useFormat.ts';
import { milestonesCalendarUrl, milestonesCsvUrl } from './milestones.api.ts';

/** CSV download and the calendar subscription of one partnership's due dates. */
export function MilestoneExports({ partnershipId }: { partnershipId: string }) {
  const { t } = useTranslation('milestones');
  const { t: tc } = useTranslation();
  const { locale } = useFormat();
  return (
    <details className="milestone-exports">
      <summary>{t('exports.title')}</summary>
      <div className="milestone-exports__body">
        <div>
          <a className="button" href={milestonesCsvUrl(partnershipId, locale)} download>
            {t('exports.csv')}
          </a>
          <p className="field__hint">{t('exports.csvHint')}</p>
        </div>
        <div className="milestone-exports__calendar">
          <h3>{tc('calendarFeed.title')}</h3>
          <CalendarSubscription
            text={t('exports.calendarText')}
            feedUrl={(token) => milestonesCalendarUrl(partnershipId, token)}
          />
        </div>
      </div>
    </details>
  );
}
