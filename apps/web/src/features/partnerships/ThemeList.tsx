import { useTranslation } from 'react-i18next';
import type { Theme } from '@jumelage/contracts/constants';

/** A partnership's focus themes as labelled tags. */
export function ThemeList({ themes }: { themes: readonly Theme[] }) {
  const { t } = useTranslation();
  if (themes.length === 0) return null;
  return (
    <ul className="tags" aria-label={t('partnerships.themes')}>
      {themes.map((theme) => (
        <li key={theme} className="tag">
          {t(`themes.${theme}`)}
        </li>
      ))}
    </ul>
  );
}
