import { useId, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useConnectionState } from '../../../lib/connection.ts';
import { phoneWidth, useMediaQuery } from '../../../lib/useMediaQuery.ts';
import { exportUrl } from '../plans.api.ts';

/**
 * Downloads of the live document (rendered by the server) and the browser's print dialog. Offline
 * the downloads cannot come, so they say so instead of failing in the browser's download list;
 * printing works from the text on the screen. On a phone they fold away behind an "Export" button:
 * the three took three rows above the text.
 */
export function ExportLinks({ planId }: { planId: string }) {
  const { t } = useTranslation('plans');
  const offlineId = useId();
  const isOnline = useConnectionState() === 'online';
  const isNarrow = useMediaQuery(phoneWidth);
  const download = isOnline
    ? { download: true }
    : {
        'aria-disabled': true,
        'aria-describedby': offlineId,
        onClick: (event: MouseEvent) => event.preventDefault(),
      };
  const links = (
    // Folded, the fold's button already says "Export": the group needs no name of its own.
    <div className="plan-export" role="group" aria-label={isNarrow ? undefined : t('export.label')}>
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
  if (!isNarrow) return links;
  return (
    <details className="plan-export-fold">
      <summary className="button button--secondary fold-summary">
        <span className="fold-marker" aria-hidden="true" />
        {t('export.label')}
      </summary>
      {links}
    </details>
  );
}
