import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Locale } from '@jumelage/contracts/constants';
import { LanguageSelect } from '../../components/LanguageSelect.tsx';
import { changeLocale, isLocale } from '../../lib/i18n.ts';
import { useSession } from '../auth/session.tsx';
import { updateMe } from './users.api.ts';

/** The header's language choice: saved to the account when signed in, else on this device. */
export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  const { user, setUser } = useSession();
  const [hasFailed, setHasFailed] = useState(false);
  const language = i18n.resolvedLanguage ?? i18n.language;

  const choose = async (locale: Locale) => {
    setHasFailed(false);
    await changeLocale(locale);
    if (!user || user.locale === locale) return;
    try {
      setUser(await updateMe({ locale }));
    } catch {
      setHasFailed(true);
    }
  };

  return (
    <div className="language-switcher">
      <LanguageSelect
        label={t('language.label')}
        value={isLocale(language) ? language : 'en'}
        onChange={(locale) => void choose(locale)}
        isLabelHidden
      />
      <span role="status" className="language-switcher__status">
        {hasFailed ? t('language.saveFailed') : null}
      </span>
    </div>
  );
}
