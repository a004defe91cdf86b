import { useState, type FormEvent } from 'react';
import type { Milestone } from '@jumelage/contracts/milestones';
import { asApiError, type ApiError } from '../../lib/api.ts';
import { focusFirstError, serverFieldErrors, validateForm } from '../../lib/formErrors.ts';
import { useFieldProblems } from '../../lib/useFormSubmit.ts';
import { changedFields } from './board.ts';
import { draftChanges, draftValues, isDirty, mergeEdits, toDraft, type Draft } from './draft.ts';
import { currentMilestoneOf, updateMilestone } from './milestones.api.ts';

/**
 * Someone else saved a newer version while the form had edits. The form is moved onto their
 * version at once (`base` becomes `theirs`): fields the user left alone show their values, which
 * is what either choice keeps, and the user's own edits stay on top. `before` is the version the
 * user started from, to tell what they changed.
 */
export interface Conflict {
  before: Milestone;
  theirs: Milestone;
}

export type DraftNotice = 'saved' | 'unchanged' | 'updatedRemotely' | null;

/**
 * The detail form's state against the version it was opened at (`base`). A newer version from
 * elsewhere is taken over silently while nothing is typed; with unsaved changes (or a 409 on save)
 * it becomes a conflict the user resolves: keep theirs, or save theirs over with the new version.
 */
export function useMilestoneDraft(
  live: Milestone | undefined,
  onSaved: (milestone: Milestone) => void,
) {
  const [base, setBase] = useState(live);
  const [draft, setDraftState] = useState(live ? toDraft(live) : null);
  const [seen, setSeen] = useState(live);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [notice, setNotice] = useState<DraftNotice>(null);
  const [error, setError] = useState<ApiError | null>(null);
  /** The version the failed save was made against. */
  const [failedAgainst, setFailedAgainst] = useState<number | null>(null);
  const { fieldErrors, showProblems } = useFieldProblems();
  /** The values of the save on its way: the form stays editable meanwhile. */
  const [sending, setSending] = useState<Draft | null>(null);
  const isSaving = sending !== null;

  // Adjusting state to a new prop during render (React's documented pattern, no extra effect pass).
  if (live !== seen) {
    setSeen(live);
    if (live && (!base || !draft)) {
      setBase(live);
      setDraftState(toDraft(live));
    } else if (live && base && draft && live.version > base.version) {
      if (changedFields(base, live).length === 0) setBase(live);
      else if (!isDirty(draft, live) || (sending && !isDirty(sending, live))) {
        // The form's values (or those of the save on its way, with more typed since) are what is
        // saved now: this user's own save, whose event came before its answer or instead of it
        // (an answer lost on the way back). Not a conflict.
        setBase(live);
        setError(null);
      } else if (isDirty(draft, base)) {
        setConflict({ before: conflict?.before ?? base, theirs: live });
        setDraftState(mergeEdits(draft, base, live));
        setBase(live);
        // The notice says what to do now; an earlier failed save's error no longer applies.
        setError(null);
      } else {
        setBase(live);
        setDraftState(toDraft(live));
        setNotice('updatedRemotely');
      }
    }
  }

  const persist = async (against: Milestone, values: Draft) => {
    const changes = draftChanges(values, against);
    if (Object.keys(changes).length === 0) {
      setNotice('unchanged');
      return;
    }
    setSending(values);
    setError(null);
    setNotice(null);
    try {
      const saved = await updateMilestone(against.id, { version: against.version, ...changes });
      setBase(saved);
      // What was typed while the save was on its way stays in the form, unsaved (it was replaced
      // by the values sent, and the dialog said "saved"; QA pass on a slow link).
      setDraftState((current) =>
        current ? mergeEdits(current, draftValues(values), saved) : current,
      );
      setConflict(null);
      setNotice('saved');
      onSaved(saved);
    } catch (thrown) {
      const apiError = asApiError(thrown);
      const current = currentMilestoneOf(apiError);
      if (current) {
        setConflict((previous) => ({ before: previous?.before ?? against, theirs: current }));
        // What was typed while the save was on its way is kept on top of their version too.
        setDraftState((typed) => (typed ? mergeEdits(typed, against, current) : typed));
        setBase(current);
        onSaved(current);
      } else {
        setError(apiError);
        setFailedAgainst(against.version);
        showProblems(serverFieldErrors(apiError));
      }
    } finally {
      setSending(null);
    }
  };

  return {
    base,
    draft,
    conflict,
    // "Saved" only while the form shows what is saved: not with more typed during the save.
    notice: notice === 'saved' && draft && base && isDirty(draft, base) ? null : notice,
    // A save whose answer was lost after its own event had put the form's values in place did
    // not fail: the form shows what is saved, so its error is not shown.
    error:
      base &&
      draft &&
      failedAgainst !== null &&
      base.version > failedAgainst &&
      !isDirty(draft, base)
        ? null
        : error,
    fieldErrors,
    isSaving,
    /** The board no longer has it: someone else deleted it while the dialog was open. */
    isDeleted: base !== undefined && live === undefined,
    setDraft: (next: Draft) => {
      setDraftState(next);
      setNotice(null);
    },
    submit: (event: FormEvent<HTMLFormElement>) => {
      event.preventDefault();
      if (!base || !draft || isSaving || conflict) return;
      const form = event.currentTarget;
      const errors = validateForm(form);
      showProblems(errors, form);
      if (Object.keys(errors).length > 0) focusFirstError(form, errors);
      else void persist(base, draft);
    },
    /** Saves the user's own edits on top of their version; fields the user left alone stay theirs. */
    keepMine: () => {
      if (!conflict || !draft || !base) return;
      setConflict(null);
      void persist(base, draft);
    },
    takeTheirs: () => {
      if (!conflict || !base) return;
      setDraftState(toDraft(base));
      setConflict(null);
      setNotice(null);
    },
  };
}
