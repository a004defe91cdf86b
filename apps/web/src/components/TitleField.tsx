import { useState } from 'react';
import { typedDir } from '../lib/bidi.ts';
import { FormField } from './FormField.tsx';

interface TitleFieldProps {
  label: string;
  /** The form field's name, as the API names it (`title`, `name`). */
  name: string;
  max: number;
  error?: string | undefined;
  defaultValue?: string | undefined;
  /** What the browser may fill in: a person's `name` on the account forms; nothing elsewhere. */
  autoComplete?: 'name' | 'off';
}

/** A required one-line name or title in any script, with its length counted against `max`. */
export function TitleField({
  label,
  name,
  max,
  error,
  defaultValue,
  autoComplete = 'off',
}: TitleFieldProps) {
  const [value, setValue] = useState(defaultValue ?? '');
  return (
    <FormField label={label} error={error} length={{ value, max }}>
      {(control) => (
        <input
          {...control}
          name={name}
          dir={typedDir(value)}
          required
          value={value}
          onChange={(event) => setValue(event.target.value)}
          autoComplete={autoComplete}
        />
      )}
    </FormField>
  );
}
