import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { planLimits } from '@jumelage/contracts/constants';
import type { PlanVersion } from '@jumelage/contracts/plans';
import { typedDir } from '../../../lib/bidi.ts';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { FormField } from '../../../components/FormField.tsx';
import { newObjectId } from '../../../lib/newObjectId.ts';
import { textOf, useFormSubmit } from '../../../lib/useFormSubmit.ts';
import { createVersion, renameVersion } from '../plans.api.ts';

/**
 * Saves the live document (everyone's latest changes, written or not) under a name, once this
 * device's own changes have reached the server (until then the button says "saving"). While
 * saving is unavailable (offline), the button says why (`unavailableId` names the explanation)
 * and the name typed so far stays.
 */
export function SaveVersionForm({
  planId,
  whenSaved,
  onSaved,
  unavailableId,
}: {
  planId: string;
  whenSaved: () => Promise<void>;
  onSaved: (version: PlanVersion) => void;
  unavailableId?: string;
}) {
  const { t } = useTranslation('plans');
  const [label, setLabel] = useState('');
  // One id until the version is saved: "save" pressed again after a lost answer gets that version,
  // under the name it was saved with; a name changed meanwhile is then given to it.
  const [id, setId] = useState(newObjectId);
  const { onSubmit, fieldErrors, error, isSubmitting } = useFormSubmit(async (data) => {
    const name = textOf(data, 'label').trim();
    await whenSaved();
    const saved = await createVersion(planId, { id, label: name });
    onSaved(saved.label === name ? saved : await renameVersion(planId, id, { label: name }));
    setLabel('');
    setId(newObjectId());
  });
  return (
    <form
      className="form plan-versions__form"
      noValidate
      onSubmit={(event) => {
        if (unavailableId) event.preventDefault();
        else onSubmit(event);
      }}
    >
      <ErrorMessage error={error} />
      <FormField
        label={t('versions.labelField')}
        hint={t('versions.labelHint')}
        error={fieldErrors.label}
        length={{ value: label, max: planLimits.versionLabelLength }}
      >
        {(control) => (
          <input
            {...control}
            name="label"
            dir={typedDir(label)}
            required
            value={label}
            onChange={(event) => setLabel(event.target.value)}
            autoComplete="off"
          />
        )}
      </FormField>
      <button
        type="submit"
        className="button button--primary"
        aria-disabled={isSubmitting || unavailableId !== undefined}
        aria-describedby={unavailableId}
      >
        {isSubmitting ? t('versions.saving') : t('versions.save')}
      </button>
    </form>
  );
}
