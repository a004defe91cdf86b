import { planLimits } from '@jumelage/contracts/constants';
import { FormField } from '../../components/FormField.tsx';

interface PlanTitleFieldProps {
  label: string;
  error?: string | undefined;
  defaultValue?: string | undefined;
}

/** The plan title input of the create and rename dialogs. */
export function PlanTitleField({ label, error, defaultValue }: PlanTitleFieldProps) {
  return (
    <FormField label={label} error={error}>
      {(control) => (
        <input
          {...control}
          name="title"
          dir="auto"
          required
          maxLength={planLimits.titleLength}
          defaultValue={defaultValue}
          autoComplete="off"
        />
      )}
    </FormField>
  );
}
