import { Link, useSearch } from 'wouter';
import { useTranslation } from 'react-i18next';
import { limits } from '@jumelage/contracts/constants';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { FormField } from '../../components/FormField.tsx';
import { LanguageSelect } from '../../components/LanguageSelect.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { TitleField } from '../../components/TitleField.tsx';
import { browserTimeZone } from '../../lib/format.ts';
import { changeLocale, currentLocale } from '../../lib/i18n.ts';
import { textOf, useFormSubmit } from '../../lib/useFormSubmit.ts';
import { register } from './auth.api.ts';
import { useSession } from './session.tsx';
import { nextPathFrom, withNext } from './nextPath.ts';

/** Create an account; the chosen language applies at once and is stored with the account. */
export function RegisterPage() {
  const { t } = useTranslation();
  const { setUser } = useSession();
  const next = nextPathFrom(useSearch());
  // The interface's language, whichever select changed it: the header's was ignored, and the
  // account was made in the language this field showed when the page opened (QA pass).
  const locale = currentLocale();
  const { onSubmit, fieldErrors, error, isSubmitting } = useFormSubmit(async (data) => {
    const user = await register({
      name: textOf(data, 'name').trim(),
      email: textOf(data, 'email').trim(),
      password: textOf(data, 'password'),
      locale,
      timeZone: browserTimeZone(),
    });
    setUser(user);
  });

  return (
    <div className="page page--narrow">
      <PageHeading title={t('auth.register.title')} />
      <p className="page-intro">{t('auth.register.intro')}</p>
      <form className="form card" noValidate onSubmit={onSubmit}>
        <ErrorMessage error={error} messages={{ conflict: t('auth.register.emailTaken') }} />
        <TitleField
          label={t('auth.fields.name')}
          name="name"
          max={limits.nameLength}
          error={fieldErrors.name}
          autoComplete="name"
        />
        <FormField label={t('auth.fields.email')} error={fieldErrors.email}>
          {(control) => (
            <input
              {...control}
              name="email"
              type="email"
              autoComplete="email"
              dir="ltr"
              required
              maxLength={limits.emailLength}
            />
          )}
        </FormField>
        <FormField
          label={t('auth.fields.password')}
          hint={t('auth.register.passwordHint', { count: limits.passwordMinLength })}
          error={fieldErrors.password}
        >
          {(control) => (
            <input
              {...control}
              name="password"
              type="password"
              autoComplete="new-password"
              required
              minLength={limits.passwordMinLength}
              maxLength={limits.passwordMaxLength}
            />
          )}
        </FormField>
        <LanguageSelect
          label={t('auth.fields.language')}
          value={locale}
          onChange={(chosen) => void changeLocale(chosen)}
        />
        <button type="submit" className="button button--primary" aria-disabled={isSubmitting}>
          {isSubmitting ? t('auth.register.submitting') : t('auth.register.submit')}
        </button>
      </form>
      <p className="page-aside">
        {t('auth.register.haveAccount')}{' '}
        <Link href={withNext('/login', next)}>{t('auth.register.loginLink')}</Link>
      </p>
    </div>
  );
}
