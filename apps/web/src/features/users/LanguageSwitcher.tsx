import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { locales, type Locale } from '@jumelage/contracts/constants';
import { autonym } from '../../components/LanguageSelect.tsx';
import { changeLocale, isLocale } from '../../lib/i18n.ts';
import { useUnfoldingMenu } from '../../lib/menuFolding.ts';
import { useSession } from '../auth/session.tsx';
import { updateMe } from './users.api.ts';

/**
 * The header's language choice: saved to the account when signed in, else on this device. A
 * button that unfolds the four languages, each named in itself; a language applies when chosen.
 * It was a select, which switched the whole interface (and the account) at each arrow key while
 * a keyboard user browsed its options (WCAG 3.2.2; ninth QA pass).
 */
export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  const { user, setUser } = useSession();
  const [hasFailed, setHasFailed] = useState(false);
  const { isOpen, setIsOpen, rootRef, toggleRef, onKeyDown } = useUnfoldingMenu();
  const listId = useId();
  const language = i18n.resolvedLanguage ?? i18n.language;
  const current: Locale = isLocale(language) ? language : 'en';

  const choose = async (locale: Locale) => {
    setIsOpen(false);
    toggleRef.current?.focus();
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
    <div ref={rootRef} className="language-switcher" onKeyDown={onKeyDown}>
      <button
        ref={toggleRef}
        type="button"
        className="button button--secondary language-switcher__toggle"
        aria-expanded={isOpen}
        aria-controls={listId}
        onClick={() => setIsOpen((open) => !open)}
      >
        {/* "Language:" with the punctuation of each language (French puts a space before it). */}
        <span className="visually-hidden">{t('language.label')} </span>
        <span lang={current}>{autonym(current)}</span>
      </button>
      <ul id={listId} className="language-switcher__list" hidden={!isOpen}>
        {locales.map((locale) => (
          <li key={locale}>
            <button
              type="button"
              className="button--menu"
              lang={locale}
              aria-current={locale === current ? 'true' : undefined}
              onClick={() => void choose(locale)}
            >
              {autonym(locale)}
            </button>
          </li>
        ))}
      </ul>
      <span role="status" className="language-switcher__status">
        {hasFailed ? t('language.saveFailed') : null}
      </span>
    </div>
  );
}
