import { useTranslation } from 'react-i18next';
import { useFormat } from '../../users/useFormat.ts';
import { useReplacedLabel } from '../versions/versionLabel.ts';
import type { RestoreArrival } from './restores.ts';

interface RestoreNoticeProps {
  arrival: RestoreArrival | null;
  selfId: string;
  onDismiss: () => void;
}

/**
 * Says who restored which version when a restore replaces the text in front of the viewer. The
 * live region stays in the page, so screen readers announce the text when it appears; the time
 * makes a second restore of the same version a new text, announced again.
 */
export function RestoreNotice({ arrival, selfId, onDismiss }: RestoreNoticeProps) {
  const { t } = useTranslation('plans');
  const format = useFormat();
  const replaced = useReplacedLabel();
  return (
    <div role="status">
      {arrival ? (
        <div className="alert">
          <p>
            {t(arrival.note.by.id === selfId ? 'versions.restoredByYou' : 'versions.restoredBy', {
              name: arrival.note.by.name,
              label: arrival.note.restoredReplacedAt
                ? replaced(arrival.note.restoredReplacedAt)
                : arrival.note.label,
              when: format.dateTime(arrival.note.at),
            })}
            {/* Said to everyone: what a partner typed until the restore is in that version. */}
            {arrival.note.keptVersionId
              ? ` ${t('versions.keptBefore', { kept: replaced(arrival.note.at) })}`
              : null}
            {/* And what this device sent late, into text the restore removed (server: plan-late-edits.ts). */}
            {arrival.note.keptVersionId && arrival.hadUnsentEdits
              ? ` ${t('versions.keptYours')}`
              : null}
          </p>
          <button
            type="button"
            className="button button--secondary"
            onClick={(event) => {
              // The button goes away with the notice: the keyboard continues in the text.
              event.currentTarget
                .closest('.plan-editor')
                ?.querySelector<HTMLElement>('.plan-document')
                ?.focus();
              onDismiss();
            }}
          >
            {t('versions.dismiss')}
          </button>
        </div>
      ) : null}
    </div>
  );
}
