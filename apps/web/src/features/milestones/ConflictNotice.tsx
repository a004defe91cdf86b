import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Milestone } from '@jumelage/contracts/milestones';
import { changedFields, type EditableField } from './board.ts';
import { draftValues, editedFields, type Draft } from './draft.ts';

interface ConflictNoticeProps {
  /** The version the user started from. */
  before: Milestone;
  theirs: Milestone;
  /** The form: their version with the user's edits on top. */
  draft: Draft;
  formatValue: (field: EditableField, value: unknown) => string;
  isSaving: boolean;
  onKeepMine: () => void;
  onTakeTheirs: () => void;
}

/** "Someone else changed this": their and your value of every field they changed, and a choice. */
export function ConflictNotice(props: ConflictNoticeProps) {
  const { before, theirs, draft, formatValue, isSaving, onKeepMine, onTakeTheirs } = props;
  const { t } = useTranslation('milestones');
  const headingRef = useRef<HTMLHeadingElement>(null);
  const mine = draftValues(draft);
  const edited = editedFields(draft, theirs);

  // Take the focus to the choice, unless the user is typing in a field (the alert is heard anyway).
  useEffect(() => {
    const active = document.activeElement;
    const isTyping =
      active instanceof HTMLInputElement ||
      active instanceof HTMLTextAreaElement ||
      active instanceof HTMLSelectElement;
    if (!isTyping) headingRef.current?.focus();
  }, []);

  return (
    <div className="conflict-notice" role="alert">
      <h3 ref={headingRef} tabIndex={-1}>
        {t('conflict.title')}
      </h3>
      <p>{t('conflict.text')}</p>
      <table className="table conflict-notice__table">
        <thead>
          <tr>
            <th scope="col">{t('conflict.field')}</th>
            <th scope="col">{t('conflict.theirs')}</th>
            <th scope="col">{t('conflict.yours')}</th>
          </tr>
        </thead>
        <tbody>
          {changedFields(before, theirs).map((field) => (
            <tr key={field}>
              <th scope="row">{t(`fields.${field}`)}</th>
              <td>{formatValue(field, theirs[field])}</td>
              <td>
                {edited.includes(field) ? (
                  formatValue(field, mine[field])
                ) : (
                  <span className="conflict-notice__untouched">{t('conflict.untouched')}</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="actions">
        <button
          type="button"
          className="button button--primary"
          onClick={onKeepMine}
          disabled={isSaving}
        >
          {t('conflict.keepMine')}
        </button>
        <button type="button" className="button button--secondary" onClick={onTakeTheirs}>
          {t('conflict.takeTheirs')}
        </button>
      </div>
    </div>
  );
}
