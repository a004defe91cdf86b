import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Milestone } from '@jumelage/contracts/milestones';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { Loading } from '../../components/Loading.tsx';
import { Link } from 'wouter';
import { asApiError, path, type ApiError } from '../../lib/api.ts';
import { ActivityList } from './ActivityList.tsx';
import { ConflictNotice } from './ConflictNotice.tsx';
import { Dialog } from './Dialog.tsx';
import type { MilestoneDetailProps } from './dialogs.ts';
import { draftValues, isDirty } from './draft.ts';
import { currentMilestoneOf, deleteMilestone } from './milestones.api.ts';
import { MilestoneFacts } from './MilestoneFacts.tsx';
import { MilestoneFormFields } from './MilestoneForm.tsx';
import { useFieldFormatter } from './useFieldFormatter.ts';
import { useMilestoneDraft } from './useMilestoneDraft.ts';
import { useUnsavedMilestone } from './useUnsavedMilestone.ts';

/** A milestone in a dialog (deep link ?milestone=<id>): editable with abilities.update, its history. */
export function MilestoneDetail(props: MilestoneDetailProps) {
  const { partnershipId, milestone, isBoardLoaded, abilities, owners, today } = props;
  const { canReadPlans, plans } = props;
  const { onSaved, onDeleted, onClose } = props;
  const { t } = useTranslation('milestones');
  const { t: tCommon } = useTranslation();
  const formatValue = useFieldFormatter(owners, plans ?? undefined);
  const edit = useMilestoneDraft(milestone, onSaved);
  const [isConfirmingDelete, setIsConfirmingDelete] = useState(false);
  const [isDeleting, setIsDeleting] = useState(false);
  const [deleteError, setDeleteError] = useState<ApiError | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  // The choice's buttons go with the notice: the focus moves to the form, which now shows the
  // values kept (it fell to the page body).
  const focusFirstField = () =>
    formRef.current?.querySelector<HTMLElement>('input, select, textarea')?.focus();
  // The form's own version names the dialog, so the title does not change under the user's hands.
  const shown =
    (abilities.update ? (edit.conflict?.before ?? edit.base) : undefined) ?? milestone ?? edit.base;
  // Edits not saved (typed, refused by the server, or on their way: a save that then fails would
  // report to a dialog no longer there) are not dropped without a question. Once the milestone
  // cannot be saved any more (someone else deleted it, or the viewer's role changed to one that
  // only reads), what was typed is shown, to be copied.
  const unsavedDraft =
    edit.draft && edit.base && isDirty(edit.draft, edit.base) ? edit.draft : null;
  useUnsavedMilestone(unsavedDraft, milestone?.title ?? edit.base?.title ?? '');
  const lostEditing = edit.isDeleted
    ? 'deleted'
    : !abilities.update && unsavedDraft
      ? 'readOnly'
      : null;
  // The form that had the focus is gone: the notice that says why takes it.
  const lostNoticeRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    const active = document.activeElement;
    if (lostEditing && (!active || active === document.body || active.tagName === 'DIALOG')) {
      lostNoticeRef.current?.focus();
    }
  }, [lostEditing]);

  if (!shown) {
    return (
      <Dialog
        title={isBoardLoaded ? t('detail.notFound') : tCommon('common.loading')}
        onClose={onClose}
      >
        {isBoardLoaded ? null : <Loading />}
      </Dialog>
    );
  }

  const remove = async (target: Milestone) => {
    setIsDeleting(true);
    setDeleteError(null);
    try {
      await deleteMilestone(target.id, target.version);
      onDeleted(target);
      onClose();
    } catch (thrown) {
      const error = asApiError(thrown);
      const current = currentMilestoneOf(error);
      if (current) onSaved(current);
      setDeleteError(error);
      setIsConfirmingDelete(false);
    } finally {
      setIsDeleting(false);
    }
  };

  const notices = {
    saved: tCommon('common.saved'),
    unchanged: t('form.unchanged'),
    updatedRemotely: t('detail.updatedRemotely'),
  };
  const canEdit = abilities.update && edit.base && edit.draft && !edit.isDeleted;
  const hasUnsavedChanges = unsavedDraft !== null;
  const facts = lostEditing && unsavedDraft ? { ...shown, ...draftValues(unsavedDraft) } : shown;
  // From a milestone to the plan that details it (the board's card only names it).
  const planHref = (planId: string) =>
    canReadPlans ? path`/p/${partnershipId}/plans/${planId}` : null;
  const draftPlanHref = edit.draft?.planId ? planHref(edit.draft.planId) : null;
  // The history follows the newest version anyone saved, also while the form still shows the
  // user's own (a conflict): who changed what is what they need to decide.
  const latestVersion = Math.max(
    shown.version,
    milestone?.version ?? 0,
    edit.conflict?.theirs.version ?? 0,
  );

  return (
    <Dialog
      title={<bdi>{facts.title}</bdi>}
      onClose={onClose}
      hasUnsavedChanges={hasUnsavedChanges}
    >
      {lostEditing ? (
        <p className="alert alert--warning" role="alert" tabIndex={-1} ref={lostNoticeRef}>
          {lostEditing === 'deleted' ? t('detail.deletedRemotely') : t('detail.readOnlyNow')}
          {unsavedDraft ? ` ${t('detail.deletedUnsavedShown')}` : null}
        </p>
      ) : null}
      <ErrorMessage error={deleteError} messages={{ conflict: t('detail.deleteConflict') }} />
      {canEdit && edit.base && edit.draft ? (
        <form className="form" noValidate onSubmit={edit.submit} ref={formRef}>
          {edit.conflict ? (
            <ConflictNotice
              before={edit.conflict.before}
              theirs={edit.conflict.theirs}
              draft={edit.draft}
              formatValue={formatValue}
              isSaving={edit.isSaving}
              onKeepMine={() => {
                edit.keepMine();
                focusFirstField();
              }}
              onTakeTheirs={() => {
                edit.takeTheirs();
                focusFirstField();
              }}
            />
          ) : null}
          <ErrorMessage error={edit.error} />
          <MilestoneFormFields
            draft={edit.draft}
            onChange={edit.setDraft}
            owners={owners}
            plans={plans}
            fieldErrors={edit.fieldErrors}
          />
          {draftPlanHref ? (
            <p>
              <Link href={draftPlanHref}>{t('detail.openPlan')}</Link>
            </p>
          ) : null}
          <div className="dialog__actions milestone-dialog__actions">
            <p role="status" className="form__status">
              {edit.notice ? notices[edit.notice] : ''}
            </p>
            {abilities.delete ? (
              <button
                type="button"
                className="button button--danger-outline"
                onClick={() => setIsConfirmingDelete(true)}
              >
                {t('detail.delete')}
              </button>
            ) : null}
            <button
              type="submit"
              className="button button--primary"
              disabled={edit.conflict !== null}
              aria-busy={edit.isSaving}
            >
              {edit.isSaving ? tCommon('common.saving') : tCommon('common.save')}
            </button>
          </div>
        </form>
      ) : (
        <MilestoneFacts
          milestone={facts}
          hasReadOnlyHint={!lostEditing}
          owners={owners}
          today={today}
          formatValue={formatValue}
          planHref={shown.planId ? planHref(shown.planId) : null}
        />
      )}
      <ActivityList milestoneId={shown.id} version={latestVersion} formatValue={formatValue} />
      <ConfirmDialog
        isOpen={isConfirmingDelete}
        title={t('detail.deleteTitle')}
        confirmLabel={t('detail.deleteConfirm')}
        isBusy={isDeleting}
        onConfirm={() => void remove(edit.base ?? shown)}
        onCancel={() => setIsConfirmingDelete(false)}
      >
        <p>{t('detail.deleteText', { title: shown.title })}</p>
      </ConfirmDialog>
    </Dialog>
  );
}
