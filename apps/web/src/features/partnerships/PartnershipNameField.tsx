import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { limits } from '@jumelage/contracts/constants';
import { FormField } from '../../components/FormField.tsx';

/** The partnership's name, with its length counted. */
export function PartnershipNameField({
  error,
  initial = '',
}: {
  error?: string;
  initial?: string;
}) {
  const { t } = useTranslation();
  const [name, setName] = useState(initial);
  return (
    <FormField
      label={t('createPartnership.name')}
      error={error}
      length={{ value: name, max: limits.partnershipNameLength }}
    >
      {(control) => (
        <input
          {...control}
          name="name"
          dir="auto"
          required
          value={name}
          onChange={(event) => setName(event.target.value)}
        />
      )}
    </FormField>
  );
}
