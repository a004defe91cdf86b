import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Locale } from '@jumelage/contracts/constants';
import { countryOptions } from '../lib/countries.ts';
import type { ControlProps } from './FormField.tsx';

interface CountrySelectProps {
  control: ControlProps;
  name: string;
  value: string;
  locale: Locale;
  onChange: (country: string) => void;
}

/** Countries named in the viewer's language; the programme's countries come first. */
export function CountrySelect({ control, name, value, locale, onChange }: CountrySelectProps) {
  const { t } = useTranslation();
  const { programme, others } = useMemo(() => countryOptions(locale), [locale]);
  return (
    <select
      {...control}
      name={name}
      value={value}
      onChange={(event) => onChange(event.target.value)}
    >
      <optgroup label={t('countries.programme')}>
        {programme.map(({ code, name: countryName }) => (
          <option key={code} value={code}>
            {countryName}
          </option>
        ))}
      </optgroup>
      <optgroup label={t('countries.others')}>
        {others.map(({ code, name: countryName }) => (
          <option key={code} value={code}>
            {countryName}
          </option>
        ))}
      </optgroup>
    </select>
  );
}
