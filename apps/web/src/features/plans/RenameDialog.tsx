import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { textOf, useFormSubmit } from '../../lib/useFormSubmit.ts';
import { FormDialog } from '../../components/FormDialog.tsx';
import { TitleField } from '../../components/TitleField.tsx';

interface RenameDialogProps {
  /** The name to change (a plan's title, a version's label); null keeps the dialog closed. */
  current: string | null;
  title: string;
  fieldLabel: string;
  /** The field's name, as the API names it. */
  name: 'title' | 'label';
  max: number;
  /** Sends the new name; a refusal is shown in the dialog, a field's next to it. */
  rename: (name: string) => Promise<void>;
  onCancel: () => void;
}

/** Renames a plan or one of its versions. */
export function RenameDialog(props: RenameDialogProps) {
  const { current, title, fieldLabel, name, max, rename, onCancel } = props;
  const { t } = useTranslation('plans');
  const { onSubmit, fieldErrors, error, isSubmitting } = useFormSubmit((data) =>
    rename(textOf(data, name)),
  );

  return (
    <FormDialog
      isOpen={current !== null}
      title={title}
      submitLabel={isSubmitting ? t('rename.submitting') : t('rename.submit')}
      isSubmitting={isSubmitting}
      onSubmit={onSubmit}
      onCancel={onCancel}
    >
      <ErrorMessage error={error} />
      <TitleField
        label={fieldLabel}
        name={name}
        max={max}
        error={fieldErrors[name]}
        defaultValue={current ?? undefined}
      />
    </FormDialog>
  );
}
