import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { useFormSubmit } from '../../lib/useFormSubmit.ts';
import { newObjectId } from '../../lib/newObjectId.ts';
import type { CreateMilestoneDialogProps } from './dialogs.ts';
import { Dialog } from './Dialog.tsx';
import { changedFields } from './board.ts';
import { draftValues, editedFields, emptyDraft, type DraftValues } from './draft.ts';
import { createMilestone, updateMilestone } from './milestones.api.ts';
import { MilestoneFormFields } from './MilestoneForm.tsx';
import { useUnsavedMilestone } from './useUnsavedMilestone.ts';

/** "New milestone": the fields in a dialog; the new card goes to the end of its column. */
export function CreateMilestoneDialog(props: CreateMilestoneDialogProps) {
  const { partnershipId, owners, plans, initialStatus, prefill, milestones } = props;
  const { onCreated, onClose } = props;
  const { t } = useTranslation('milestones');
  const { t: tCommon } = useTranslation();
  const [initial] = useState(() => ({
    ...emptyDraft(initialStatus),
    ...(prefill ? { title: prefill.title, description: prefill.description } : {}),
  }));
  const [draft, setDraft] = useState(initial);
  // One id for this dialog: "add" pressed again after a lost answer gets the same milestone.
  const [id] = useState(newObjectId);
  // The values of the first "add": sent again after a lost answer, the create answers what that
  // one made, so what was changed in the form since goes on as an edit (it was dropped).
  const [firstSent, setFirstSent] = useState<DraftValues | null>(null);
  const editedSinceSent = firstSent ? editedFields(draft, firstSent) : [];
  const isEdited = editedFields(draft, draftValues(initial)).length > 0;
  useUnsavedMilestone(isEdited ? draft : null, t('form.createTitle'));
  const { onSubmit, fieldErrors, error, isSubmitting } = useFormSubmit(async () => {
    const values = draftValues(draft);
    setFirstSent((first) => first ?? values);
    const made = await createMilestone(partnershipId, { id, ...values });
    // Only the fields edited since, and not those someone else changed meanwhile.
    const changes = editedSinceSent.filter((field) => changedFields(made, values).includes(field));
    onCreated(
      changes.length > 0
        ? await updateMilestone(id, {
            version: made.version,
            ...Object.fromEntries(changes.map((field) => [field, values[field]])),
          })
        : made,
    );
    onClose();
  });
  // "Add" failed, yet the server made the milestone (only its answer was lost): its event brought
  // it to the board, so the dialog ends as if the answer had come, unless the form was changed
  // since (then "add" again saves the changes too).
  const onBoard = error && !isSubmitting ? milestones?.find((m) => m.id === id) : undefined;
  const madeAnyway = onBoard && editedSinceSent.length === 0 ? onBoard : undefined;
  useEffect(() => {
    if (!madeAnyway) return;
    onCreated(madeAnyway);
    onClose();
  }, [madeAnyway, onCreated, onClose]);

  return (
    <Dialog title={t('form.createTitle')} onClose={onClose} hasUnsavedChanges={isEdited}>
      <form className="form" noValidate onSubmit={onSubmit}>
        <ErrorMessage error={error} />
        <MilestoneFormFields
          draft={draft}
          onChange={setDraft}
          owners={owners}
          plans={plans}
          fieldErrors={fieldErrors}
        />
        <div className="dialog__actions">
          <button type="button" className="button button--secondary" onClick={onClose}>
            {tCommon('common.cancel')}
          </button>
          <button type="submit" className="button button--primary" aria-busy={isSubmitting}>
            {isSubmitting ? t('form.creating') : t('form.create')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
