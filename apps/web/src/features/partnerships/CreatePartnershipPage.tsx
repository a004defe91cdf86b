import { useRef, useState } from 'react';
import { useLocation } from 'wouter';
import { useTranslation } from 'react-i18next';
import { limits, type Theme } from '@jumelage/contracts/constants';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { TitleField } from '../../components/TitleField.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { path } from '../../lib/api.ts';
import { textOf, useFormSubmit } from '../../lib/useFormSubmit.ts';
import { useFormat } from '../users/useFormat.ts';
import { createPartnership } from './partnerships.api.ts';
import { MunicipalityFields } from './MunicipalityFields.tsx';
import { MyMunicipalityChoice } from './MyMunicipalityChoice.tsx';
import { PartnershipDetailsFields } from './PartnershipDetailsFields.tsx';
import { newMunicipality, toMunicipality, type MunicipalityDraft } from './municipalityDrafts.ts';
import { ThemePicker } from './ThemePicker.tsx';

/** Creates a partnership of two or more municipalities; the creator becomes its owner. */
export function CreatePartnershipPage() {
  const { t } = useTranslation();
  const { locale } = useFormat();
  const [, navigate] = useLocation();
  const addButton = useRef<HTMLButtonElement>(null);
  const [municipalities, setMunicipalities] = useState<MunicipalityDraft[]>(() => [
    newMunicipality('DE', locale),
    newMunicipality('TN', locale),
  ]);
  const [myIndex, setMyIndex] = useState(0);
  const [chosenThemes, setChosenThemes] = useState<Theme[]>([]);

  const { onSubmit, fieldErrors, error, isSubmitting } = useFormSubmit(async (data) => {
    const optionalDate = (name: string) => textOf(data, name) || undefined;
    const { data: created } = await createPartnership({
      name: textOf(data, 'name').trim(),
      municipalities: municipalities.map(toMunicipality),
      myMunicipalityIndex: myIndex,
      themes: chosenThemes,
      description: textOf(data, 'description').trim(),
      startsOn: optionalDate('startsOn'),
      endsOn: optionalDate('endsOn'),
    });
    // The next step after creating is usually inviting the partner municipality's staff.
    navigate(path`/p/${created.id}/members`);
  });

  const replaceAt = (index: number, draft: MunicipalityDraft) =>
    setMunicipalities((all) => all.map((m, i) => (i === index ? draft : m)));
  const removeAt = (index: number) => {
    setMunicipalities((all) => all.filter((_, i) => i !== index));
    setMyIndex((mine) => (mine === index ? 0 : mine > index ? mine - 1 : mine));
    // The removed fieldset took the focus with it; continue at "add municipality".
    requestAnimationFrame(() => addButton.current?.focus());
  };
  const canRemove = municipalities.length > limits.municipalitiesMin;

  return (
    <div className="page page--medium">
      <PageHeading title={t('createPartnership.title')} />
      <p className="page-intro">{t('createPartnership.intro')}</p>
      <form className="form" noValidate onSubmit={onSubmit}>
        <ErrorMessage error={error} />
        <TitleField
          label={t('createPartnership.name')}
          name="name"
          max={limits.partnershipNameLength}
          error={fieldErrors.name}
        />
        {municipalities.map((draft, index) => (
          <MunicipalityFields
            key={draft.key}
            index={index}
            draft={draft}
            errors={fieldErrors}
            onChange={(changed) => replaceAt(index, changed)}
            {...(canRemove ? { onRemove: () => removeAt(index) } : {})}
          />
        ))}
        {municipalities.length < limits.municipalitiesMax ? (
          <button
            ref={addButton}
            type="button"
            className="button button--secondary"
            onClick={() => setMunicipalities((all) => [...all, newMunicipality('DE', locale)])}
          >
            {t('createPartnership.addMunicipality')}
          </button>
        ) : null}
        <MyMunicipalityChoice
          municipalities={municipalities}
          value={myIndex}
          onChange={setMyIndex}
        />
        <ThemePicker value={chosenThemes} onChange={setChosenThemes} />
        <PartnershipDetailsFields errors={fieldErrors} />
        <div className="form__actions">
          <button type="submit" className="button button--primary" aria-disabled={isSubmitting}>
            {isSubmitting ? t('createPartnership.submitting') : t('createPartnership.submit')}
          </button>
        </div>
      </form>
    </div>
  );
}
