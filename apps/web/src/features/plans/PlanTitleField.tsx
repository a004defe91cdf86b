import { useState } from 'react';
import { planLimits } from '@jumelage/contracts/constants';
import { FormField } from '../../components/FormField.tsx';

interface PlanTitleFieldProps {
  label: string;
  error?: string | undefined;
  defaultValue?: string | undefined;
}

/** The plan title input of the create and rename dialogs. */
export function PlanTitleField({ label, error, defaultValue }: PlanTitleFieldProps) {
  const [title, setTitle] = useState(defaultValue ?? '');
  return (
    <FormField label={label} error={error} length={{ value: title, max: planLimits.titleLength }}>
      {(control) => (
        <input
          {...control}
          name="title"
          dir="auto"
          required
          value={title}
          onChange={(event) => setTitle(event.target.value)}
          autoComplete="off"
        />
      )}
    </FormField>
  );
}
