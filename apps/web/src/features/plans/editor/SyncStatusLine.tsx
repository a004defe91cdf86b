import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CollabStatus } from './useCollabStatus.ts';
import { usePublishedHeight } from './usePublishedHeight.ts';

/** How long a save may take before the live region says "saving" instead of keeping quiet. */
const slowSaveMs = 2000;

/** Whether `isOn` has been true for `ms` without a break. */
function useLasting(isOn: boolean, ms: number): boolean {
  const [hasLasted, setHasLasted] = useState(false);
  useEffect(() => {
    if (!isOn) return;
    const timer = setTimeout(() => setHasLasted(true), ms);
    return () => {
      clearTimeout(timer);
      setHasLasted(false);
    };
  }, [isOn, ms]);
  return isOn && hasLasted;
}

/**
 * The connection and save state in words. The live region leaves out the "saving" flicker of
 * every typing pause, so screen readers hear changes that matter: offline, saved again, closed.
 * A save that takes longer than `slowSaveMs` (a stalled link) is said, so the region does not go
 * on saying "saved" while nothing arrives (QA pass).
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
  const isSlowSave = useLasting(status === 'saving', slowSaveMs);
  const announced = status === 'saving' && !isExportWaiting && !isSlowSave ? 'saved' : status;
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
