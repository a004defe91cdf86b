import { useTranslation } from 'react-i18next';
import type { CollabStatus } from './useCollabStatus.ts';
import { usePublishedHeight } from './usePublishedHeight.ts';

/**
 * The connection and save state in words. The live region leaves out the "saving" flicker of
 * every typing pause, so screen readers hear changes that matter: offline, saved again, closed.
 * It sticks to the top of the window, and publishes its height for the toolbar sticking below it.
 */
export function SyncStatusLine({
  state,
  isReadOnly,
  isExportWaiting,
}: {
  state: CollabStatus;
  isReadOnly: boolean;
  /** A download was asked for and starts once the changes are saved. */
  isExportWaiting: boolean;
}) {
  const { t } = useTranslation('plans');
  const ref = usePublishedHeight<HTMLDivElement>('--plan-status-size', '.plan-editor');
  const { status, retryReason } = state;
  const text = (kind: typeof status) => {
    if (kind === 'offline') return isReadOnly ? t('status.offlineReadOnly') : t('status.offline');
    if (kind === 'closed') return t('status.closed');
    return t(`status.${kind}`);
  };
  const announced = status === 'saving' && !isExportWaiting ? 'saved' : status;
  const note =
    retryReason && status === 'offline'
      ? t(`status.retry.${retryReason}`)
      : isExportWaiting
        ? t('export.waiting')
        : null;
  return (
    <div ref={ref} className={`plan-status plan-status--${status}`}>
      <span className="plan-status__dot" aria-hidden="true" />
      <span aria-hidden="true">{text(status)}</span>
      {note ? (
        <span className="plan-status__note" aria-hidden="true">
          {note}
        </span>
      ) : null}
      <span role="status" className="visually-hidden">
        {text(announced)}
        {note ? ` ${note}` : ''}
      </span>
      {isReadOnly ? <span className="plan-badge">{t('status.readOnly')}</span> : null}
    </div>
  );
}
