import { useTranslation } from 'react-i18next';
import type { MunicipalityDraft } from './municipalityDrafts.ts';

interface MyMunicipalityChoiceProps {
  municipalities: MunicipalityDraft[];
  value: number;
  onChange: (index: number) => void;
}

/** Radio buttons: which of the municipalities the creator works for. */
export function MyMunicipalityChoice({
  municipalities,
  value,
  onChange,
}: MyMunicipalityChoiceProps) {
  const { t } = useTranslation();
  return (
    <fieldset className="fieldset">
      <legend>{t('createPartnership.myMunicipality')}</legend>
      {municipalities.map((draft, index) => (
        <label key={draft.key} className="radio">
          <input
            type="radio"
            name="myMunicipalityIndex"
            value={index}
            checked={value === index}
            onChange={() => onChange(index)}
          />
          <span>
            {draft.name.trim() || t('createPartnership.municipality', { number: index + 1 })}
          </span>
        </label>
      ))}
    </fieldset>
  );
}
