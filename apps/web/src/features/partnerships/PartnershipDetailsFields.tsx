import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { limits } from '@jumelage/contracts/constants';
import { typedDir } from '../../lib/bidi.ts';
import { FormField } from '../../components/FormField.tsx';
import type { FieldErrors } from '../../lib/formErrors.ts';

interface Details {
  description: string;
  startsOn: string | null;
  endsOn: string | null;
}

interface PartnershipDetailsFieldsProps {
  errors: FieldErrors;
  /** The stored values, when a partnership is changed rather than created. */
  initial?: Details;
}

/** Description and the optional start and end dates of a partnership. */
export function PartnershipDetailsFields({ errors, initial }: PartnershipDetailsFieldsProps) {
  const { t } = useTranslation();
  const [startsOn, setStartsOn] = useState(initial?.startsOn ?? '');
  const [description, setDescription] = useState(initial?.description ?? '');
  return (
    <>
      <FormField
        label={t('createPartnership.description')}
        hint={t('common.optional')}
        error={errors.description}
        length={{ value: description, max: limits.descriptionLength }}
      >
        {(control) => (
          <textarea
            {...control}
            name="description"
            dir={typedDir(description)}
            rows={5}
            value={description}
            onChange={(event) => setDescription(event.target.value)}
          />
        )}
      </FormField>
      <div className="field-row">
        <FormField
          label={t('createPartnership.startsOn')}
          hint={t('common.optional')}
          error={errors.startsOn}
        >
          {(control) => (
            <input
              {...control}
              name="startsOn"
              type="date"
              value={startsOn}
              onChange={(event) => setStartsOn(event.target.value)}
            />
          )}
        </FormField>
        <FormField
          label={t('createPartnership.endsOn')}
          hint={t('common.optional')}
          error={errors.endsOn}
        >
          {(control) => (
            <input
              {...control}
              name="endsOn"
              type="date"
              min={startsOn || undefined}
              defaultValue={initial?.endsOn ?? ''}
            />
          )}
        </FormField>
      </div>
    </>
  );
}
