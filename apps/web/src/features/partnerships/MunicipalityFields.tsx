import { useTranslation } from 'react-i18next';
import { limits, locales } from '@jumelage/contracts/constants';
import { typedDir } from '../../lib/bidi.ts';
import { CountrySelect } from '../../components/CountrySelect.tsx';
import { FormField } from '../../components/FormField.tsx';
import { TimeZoneSelect } from '../../components/TimeZoneSelect.tsx';
import { isLocale } from '../../lib/i18n.ts';
import type { FieldErrors } from '../../lib/formErrors.ts';
import { useFormat } from '../users/useFormat.ts';
import { withCountry, type MunicipalityDraft } from './municipalityDrafts.ts';

interface MunicipalityFieldsProps {
  index: number;
  draft: MunicipalityDraft;
  errors: FieldErrors;
  onChange: (draft: MunicipalityDraft) => void;
  /** Absent when the minimum number of municipalities is reached. */
  onRemove?: () => void;
}

/** Name, country, working language and time zone of one partner municipality. */
export function MunicipalityFields({
  index,
  draft,
  errors,
  onChange,
  onRemove,
}: MunicipalityFieldsProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const field = (key: string) => `municipalities.${index}.${key}`;
  const number = index + 1;
  return (
    <fieldset className="fieldset municipality-fields">
      <legend>{t('createPartnership.municipality', { number })}</legend>
      <FormField
        label={t('createPartnership.municipalityName')}
        error={errors[field('name')]}
        length={{ value: draft.name, max: limits.nameLength }}
      >
        {(control) => (
          <input
            {...control}
            name={field('name')}
            dir={typedDir(draft.name)}
            required
            value={draft.name}
            onChange={(event) => onChange({ ...draft, name: event.target.value })}
          />
        )}
      </FormField>
      <FormField label={t('createPartnership.country')} error={errors[field('country')]}>
        {(control) => (
          <CountrySelect
            control={control}
            name={field('country')}
            value={draft.country}
            locale={format.locale}
            onChange={(country) => onChange(withCountry(draft, country))}
          />
        )}
      </FormField>
      <FormField label={t('createPartnership.language')} error={errors[field('language')]}>
        {(control) => (
          <select
            {...control}
            name={field('language')}
            value={draft.language}
            onChange={(event) => {
              const language = event.target.value;
              if (isLocale(language)) onChange({ ...draft, language });
            }}
          >
            {locales.map((locale) => (
              <option key={locale} value={locale}>
                {format.language(locale)}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormField label={t('createPartnership.timeZone')} error={errors[field('timeZone')]}>
        {(control) => (
          <TimeZoneSelect
            control={control}
            name={field('timeZone')}
            value={draft.timeZone}
            onChange={(timeZone) => onChange({ ...draft, timeZone })}
          />
        )}
      </FormField>
      {onRemove ? (
        <button type="button" className="button button--secondary" onClick={onRemove}>
          {t('createPartnership.removeMunicipality', { number })}
        </button>
      ) : null}
    </fieldset>
  );
}
