import { useEffect, useId, useRef, useState, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useConnectionState } from '../../../lib/connection.ts';
import { phoneWidth, useMediaQuery } from '../../../lib/useMediaQuery.ts';
import { exportUrl } from '../plans.api.ts';
import type { SyncStatus } from './syncStatus.ts';

type Format = 'markdown' | 'html';

/**
 * Downloads of the live document (rendered by the server) and the browser's print dialog. Offline
 * the downloads cannot come, so they say so instead of failing in the browser's download list;
 * printing works from the text on the screen. A download asked for while this device's changes
 * are still on their way (typing, or just back online) starts once the server has them: the
 * server renders what it holds, and would leave them out. On a phone they fold away behind an
 * "Export" button: the three took three rows above the text.
 */
export function ExportLinks({
  planId,
  status,
  onWaitingChange,
}: {
  planId: string;
  status: SyncStatus;
  /** A download waits for this device's changes to be saved (the status line says so). */
  onWaitingChange: (isWaiting: boolean) => void;
}) {
  const { t } = useTranslation('plans');
  const offlineId = useId();
  const isNarrow = useMediaQuery(phoneWidth);
  const isOnline = useConnectionState() === 'online' && status !== 'offline';
  const mustWait = isOnline && (status === 'saving' || status === 'connecting');
  const [waitingFor, setWaitingFor] = useState<Format | null>(null);
  const markdownLink = useRef<HTMLAnchorElement>(null);
  const htmlLink = useRef<HTMLAnchorElement>(null);

  useEffect(() => {
    // Clicked again, the link starts the download, or forgets it if the connection went.
    if (waitingFor && !mustWait)
      (waitingFor === 'markdown' ? markdownLink : htmlLink).current?.click();
  }, [waitingFor, mustWait]);

  const onClick = (format: Format) => (event: MouseEvent) => {
    setWaitingFor(mustWait ? format : null);
    if (mustWait || !isOnline) event.preventDefault();
  };
  const download = (format: Format) =>
    isOnline
      ? { download: true, onClick: onClick(format) }
      : { 'aria-disabled': true, 'aria-describedby': offlineId, onClick: onClick(format) };
  const isWaiting = waitingFor !== null && mustWait;
  useEffect(() => onWaitingChange(isWaiting), [isWaiting, onWaitingChange]);
  const links = (
    // Folded, the fold's button already says "Export": the group needs no name of its own.
    <div className="plan-export" role="group" aria-label={isNarrow ? undefined : t('export.label')}>
      <a
        ref={markdownLink}
        className="button button--secondary"
        href={exportUrl(planId, 'markdown')}
        {...download('markdown')}
      >
        {t('export.markdown')}
      </a>
      <a
        ref={htmlLink}
        className="button button--secondary"
        href={exportUrl(planId, 'html')}
        {...download('html')}
      >
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
