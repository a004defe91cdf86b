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
          </p>
          {/* Said to everyone: what a partner typed until the restore is in that version; and to
              a device that sent edits late, where those may be (server: plan-late-edits.ts). A
              paragraph of its own: the three sentences were one long block (QA pass). */}
          {arrival.note.keptVersionId ? (
            <p>
              {t('versions.keptBefore', { kept: replaced(arrival.note.at) })}
              {arrival.hadUnsentEdits ? ` ${t('versions.keptYours')}` : null}
            </p>
          ) : null}
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
