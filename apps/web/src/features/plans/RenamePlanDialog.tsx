import { useTranslation } from 'react-i18next';
import { planLimits } from '@jumelage/contracts/constants';
import type { Plan } from '@jumelage/contracts/plans';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { textOf, useFormSubmit } from '../../lib/useFormSubmit.ts';
import { FormDialog } from '../../components/FormDialog.tsx';
import { TitleField } from '../../components/TitleField.tsx';
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
      <TitleField
        label={t('rename.name')}
        name="title"
        max={planLimits.titleLength}
        error={fieldErrors.title}
        defaultValue={plan?.title}
      />
    </FormDialog>
  );
}
