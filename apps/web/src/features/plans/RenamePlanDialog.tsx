import { useTranslation } from 'react-i18next';
import type { Plan } from '@jumelage/contracts/plans';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { textOf, useFormSubmit } from '../../lib/useFormSubmit.ts';
import { FormDialog } from '../../components/FormDialog.tsx';
import { PlanTitleField } from './PlanTitleField.tsx';
import { renamePlan } from './plans.api.ts';

interface RenamePlanDialogProps {
  /** The plan to rename; null keeps the dialog closed. */
  plan: Plan | null;
  onCancel: () => void;
  onRenamed: (plan: Plan) => void;
}

export function RenamePlanDialog({ plan, onCancel, onRenamed }: RenamePlanDialogProps) {
  const { t } = useTranslation('plans');
  const { onSubmit, fieldErrors, error, isSubmitting } = useFormSubmit(async (data) => {
    if (plan) onRenamed(await renamePlan(plan.id, textOf(data, 'title')));
  });

  return (
    <FormDialog
      isOpen={plan !== null}
      title={t('rename.title')}
      submitLabel={isSubmitting ? t('rename.submitting') : t('rename.submit')}
      isSubmitting={isSubmitting}
      onSubmit={onSubmit}
      onCancel={onCancel}
    >
      <ErrorMessage error={error} />
      <PlanTitleField
        label={t('rename.name')}
        error={fieldErrors.title}
        defaultValue={plan?.title}
      />
    </FormDialog>
  );
}
