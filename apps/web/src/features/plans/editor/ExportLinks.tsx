import { useId, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useConnectionState } from '../../../lib/connection.ts';
import { exportUrl } from '../plans.api.ts';

/**
 * Downloads of the live document (rendered by the server) and the browser's print dialog. Offline
 * the downloads cannot come, so they say so instead of failing in the browser's download list;
 * printing works from the text on the screen.
 */
export function ExportLinks({ planId }: { planId: string }) {
  const { t } = useTranslation('plans');
  const offlineId = useId();
  const isOnline = useConnectionState() === 'online';
  const download = isOnline
    ? { download: true }
    : {
        'aria-disabled': true,
        'aria-describedby': offlineId,
        onClick: (event: MouseEvent) => event.preventDefault(),
      };
  return (
    <div className="plan-export" role="group" aria-label={t('export.label')}>
      <a className="button button--secondary" href={exportUrl(planId, 'markdown')} {...download}>
        {t('export.markdown')}
      </a>
      <a className="button button--secondary" href={exportUrl(planId, 'html')} {...download}>
        {t('export.html')}
      </a>
      <button type="button" className="button button--secondary" onClick={() => window.print()}>
        {t('export.print')}
      </button>
      {isOnline ? null : (
        <span id={offlineId} className="visually-hidden">
          {t('export.offline')}
        </span>
      )}
    </div>
  );
}
