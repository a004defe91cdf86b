import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, asApiError, type ApiError } from '../lib/api.ts';
import { CopyField } from './CopyField.tsx';
import { ErrorMessage } from './ErrorMessage.tsx';

/** A new calendar feed secret for the signed-in user; the previous one stops working. */
async function createCalendarToken(): Promise<string> {
  return (await api.post<{ data: { token: string } }>('/api/users/me/calendar-token')).data.token;
}

interface CalendarSubscriptionProps {
  /** What the feed shows, and how to add it. */
  text: string;
  /** The absolute feed address for a token. */
  feedUrl: (token: string) => string;
}

/**
 * The address of a calendar feed to subscribe to. It carries the user's calendar secret (calendar
 * apps cannot log in), one for all their feeds, so it is only made on request: a new one ends the
 * previous addresses, the milestones' and the consultations' alike.
 */
export function CalendarSubscription({ text, feedUrl }: CalendarSubscriptionProps) {
  const { t } = useTranslation();
  const [url, setUrl] = useState<string | null>(null);
  const [isCreating, setIsCreating] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);

  const create = async () => {
    setIsCreating(true);
    setError(null);
    try {
      setUrl(feedUrl(await createCalendarToken()));
    } catch (thrown) {
      setError(asApiError(thrown));
    } finally {
      setIsCreating(false);
    }
  };

  return (
    <div className="calendar-subscription">
      <p>{text}</p>
      <p className="field__hint">{t('calendarFeed.warning')}</p>
      {url ? <CopyField label={t('calendarFeed.link')} value={url} /> : null}
      <ErrorMessage error={error} />
      <button
        type="button"
        className="button button--secondary"
        onClick={() => {
          if (!isCreating) void create();
        }}
        // Not `disabled`: the focus would fall to the page while the address is made.
        aria-disabled={isCreating}
        aria-busy={isCreating}
      >
        {isCreating
          ? t('calendarFeed.creating')
          : url
            ? t('calendarFeed.renewLink')
            : t('calendarFeed.createLink')}
      </button>
    </div>
  );
}
