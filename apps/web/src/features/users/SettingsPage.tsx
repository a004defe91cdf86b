import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { limits, type Locale } from '@jumelage/contracts/constants';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { FormField } from '../../components/FormField.tsx';
import { LanguageSelect } from '../../components/LanguageSelect.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { TitleField } from '../../components/TitleField.tsx';
import { TimeZoneSelect } from '../../components/TimeZoneSelect.tsx';
import { textOf, useFormSubmit } from '../../lib/useFormSubmit.ts';
import { useCurrentUser, useSession } from '../auth/session.tsx';
import { updateMe } from './users.api.ts';

/** The user's own profile: name, language (switches the interface on save) and time zone. */
export function SettingsPage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const { setUser } = useSession();
  // The header's language switch saves the account's language too: until this form's own choice
  // is made, the field shows the account's, so saving cannot put back a language left meanwhile.
  const [chosenLocale, setChosenLocale] = useState<Locale | null>(null);
  const locale = chosenLocale ?? user.locale;
  const [hasSaved, setHasSaved] = useState(false);
  const { onSubmit, fieldErrors, error, isSubmitting } = useFormSubmit(async (data) => {
    setHasSaved(false);
    const updated = await updateMe({
      name: textOf(data, 'name').trim(),
      ...(chosenLocale ? { locale: chosenLocale } : {}),
      timeZone: textOf(data, 'timeZone'),
    });
    setUser(updated);
    setChosenLocale(null);
    setHasSaved(true);
  });

  return (
    <div className="page page--narrow">
      <PageHeading title={t('settings.title')} />
      <form
        className="form card"
        noValidate
        onSubmit={onSubmit}
        onChange={() => setHasSaved(false)}
      >
        <ErrorMessage error={error} />
        <FormField label={t('settings.email')} hint={t('settings.emailHint')}>
          {(control) => <input {...control} type="email" dir="ltr" value={user.email} readOnly />}
        </FormField>
        <TitleField
          label={t('settings.name')}
          name="name"
          max={limits.nameLength}
          error={fieldErrors.name}
          defaultValue={user.name}
          autoComplete="name"
        />
        <LanguageSelect label={t('settings.language')} value={locale} onChange={setChosenLocale} />
        <FormField
          label={t('settings.timeZone')}
          hint={t('settings.timeZoneHint')}
          error={fieldErrors.timeZone}
        >
          {(control) => (
            <TimeZoneSelect control={control} name="timeZone" defaultValue={user.timeZone} />
          )}
        </FormField>
        <div className="form__actions">
          <button type="submit" className="button button--primary" aria-disabled={isSubmitting}>
            {isSubmitting ? t('common.saving') : t('common.save')}
          </button>
          <span role="status" className="form__status">
            {hasSaved ? t('common.saved') : null}
          </span>
        </div>
      </form>
    </div>
  );
}
