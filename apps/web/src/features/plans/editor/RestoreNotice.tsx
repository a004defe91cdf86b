import { useTranslation } from 'react-i18next';
import type { PlanRestoreNote } from '@jumelage/editor/yjs';
import { useFormat } from '../../users/useFormat.ts';
import { useReplacedLabel } from '../versions/versionLabel.ts';

interface RestoreNoticeProps {
  note: PlanRestoreNote | null;
  selfId: string;
  onDismiss: () => void;
}

/**
 * Says who restored which version when a restore replaces the text in front of the viewer. The
 * live region stays in the page, so screen readers announce the text when it appears; the time
 * makes a second restore of the same version a new text, announced again.
 */
export function RestoreNotice({ note, selfId, onDismiss }: RestoreNoticeProps) {
  const { t } = useTranslation('plans');
  const format = useFormat();
  const replaced = useReplacedLabel();
  return (
    <div role="status">
      {note ? (
        <div className="alert">
          <p>
            {t(note.by.id === selfId ? 'versions.restoredByYou' : 'versions.restoredBy', {
              name: note.by.name,
              label: note.restoredReplacedAt ? replaced(note.restoredReplacedAt) : note.label,
              when: format.dateTime(note.at),
            })}
            {/* Said to everyone: what a partner typed until the restore is in that version. */}
            {note.keptVersionId
              ? ` ${t('versions.keptBefore', { kept: replaced(note.at) })}`
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
