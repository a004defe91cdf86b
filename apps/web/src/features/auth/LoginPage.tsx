import { Link, useSearch } from 'wouter';
import { useTranslation } from 'react-i18next';
import { limits } from '@jumelage/contracts/constants';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { FormField } from '../../components/FormField.tsx';
import { KeptTexts } from '../../components/KeptTexts.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { endedSession } from '../../lib/endedSession.ts';
import { textOf, useFormSubmit } from '../../lib/useFormSubmit.ts';
import { login } from './auth.api.ts';
import { useSession } from './session.tsx';
import { nextPathFrom, withNext } from './nextPath.ts';

/** Sign in; GuestOnly then forwards to `?next=` once the session knows the user. */
export function LoginPage() {
  const { t } = useTranslation();
  const { setUser } = useSession();
  const next = nextPathFrom(useSearch());
  const ended = endedSession();
  const { onSubmit, fieldErrors, error, isSubmitting } = useFormSubmit(async (data) => {
    setUser(await login({ email: textOf(data, 'email'), password: textOf(data, 'password') }));
  });

  return (
    <div className="page page--narrow">
      <PageHeading title={t('auth.login.title')} />
      {ended ? (
        <div className="alert alert--warning session-ended" role="status">
          <p>
            <strong>{t('auth.login.ended.title')}</strong>
          </p>
          <p>{t('auth.login.ended.text')}</p>
        </div>
      ) : (
        <p className="page-intro">{t('auth.login.intro')}</p>
      )}
      <form className="form card" noValidate onSubmit={onSubmit}>
        <ErrorMessage
          error={error}
          messages={{
            unauthenticated: t('auth.login.failed'),
            account_deactivated: t('auth.login.deactivated'),
          }}
        />
        <FormField label={t('auth.fields.email')} error={fieldErrors.email}>
          {(control) => (
            <input
              {...control}
              name="email"
              type="email"
              autoComplete="username"
              dir="ltr"
              required
              maxLength={limits.emailLength}
            />
          )}
        </FormField>
        <FormField label={t('auth.fields.password')} error={fieldErrors.password}>
          {(control) => (
            <input
              {...control}
              name="password"
              type="password"
              autoComplete="current-password"
              required
              maxLength={limits.passwordMaxLength}
            />
          )}
        </FormField>
        <button type="submit" className="button button--primary" aria-disabled={isSubmitting}>
          {isSubmitting ? t('auth.login.submitting') : t('auth.login.submit')}
        </button>
      </form>
      {ended ? <KeptTexts kept={ended} /> : null}
      <p className="page-aside">
        {t('auth.login.noAccount')}{' '}
        <Link href={withNext('/register', next)}>{t('auth.login.registerLink')}</Link>
      </p>
    </div>
  );
}
