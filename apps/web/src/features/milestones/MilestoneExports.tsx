import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CopyField } from '../../components/CopyField.tsx';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { asApiError, type ApiError } from '../../lib/api.ts';
import { useFormat } from '../users/useFormat.ts';
import { createCalendarToken, milestonesCalendarUrl, milestonesCsvUrl } from './milestones.api.ts';

/**
 * CSV download and the calendar subscription. The feed address carries a per-user secret (calendar
 * apps cannot log in), so it is only created on request: a new one invalidates the previous one.
 */
export function MilestoneExports({ partnershipId }: { partnershipId: string }) {
  const { t } = useTranslation('milestones');
  const { locale } = useFormat();
  const [feedUrl, setFeedUrl] = useState<string | null>(null);
  const [isCreating, setIsCreating] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);

  const createFeed = async () => {
    setIsCreating(true);
    setError(null);
    try {
      setFeedUrl(milestonesCalendarUrl(partnershipId, await createCalendarToken()));
    } catch (thrown) {
      setError(asApiError(thrown));
    } finally {
      setIsCreating(false);
    }
  };

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
          <h3>{t('exports.calendarTitle')}</h3>
          <p>{t('exports.calendarText')}</p>
          <p className="field__hint">{t('exports.calendarWarning')}</p>
          {feedUrl ? <CopyField label={t('exports.link')} value={feedUrl} /> : null}
          <ErrorMessage error={error} />
          <button
            type="button"
            className="button button--secondary"
            onClick={() => void createFeed()}
            disabled={isCreating}
            aria-busy={isCreating}
          >
            {isCreating
              ? t('exports.creating')
              : feedUrl
                ? t('exports.renewLink')
                : t('exports.createLink')}
          </button>
        </div>
      </div>
    </details>
  );
}
