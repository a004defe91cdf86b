import { useTranslation } from 'react-i18next';
import type { CollabStatus } from './useCollabStatus.ts';

/**
 * The connection and save state in words. The live region leaves out the "saving" flicker of
 * every typing pause, so screen readers hear changes that matter: offline, saved again, closed.
 */
export function SyncStatusLine({
  state,
  isReadOnly,
}: {
  state: CollabStatus;
  isReadOnly: boolean;
}) {
  const { t } = useTranslation('plans');
  const { status, retryReason } = state;
  const text = (kind: typeof status) => {
    if (kind === 'offline') return isReadOnly ? t('status.offlineReadOnly') : t('status.offline');
    if (kind === 'closed') return t('status.closed');
    return t(`status.${kind}`);
  };
  const announced = status === 'saving' ? 'saved' : status;
  return (
    <div className={`plan-status plan-status--${status}`}>
      <span className="plan-status__dot" aria-hidden="true" />
      <span aria-hidden="true">{text(status)}</span>
      {retryReason && status === 'offline' ? (
        <span className="plan-status__note" aria-hidden="true">
          {t(`status.retry.${retryReason}`)}
        </span>
      ) : null}
      <span role="status" className="visually-hidden">
        {text(announced)}
        {retryReason && status === 'offline' ? ` ${t(`status.retry.${retryReason}`)}` : ''}
      </span>
      {isReadOnly ? <span className="plan-badge">{t('status.readOnly')}</span> : null}
    </div>
  );
}
