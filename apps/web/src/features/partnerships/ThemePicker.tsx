import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { limits, themes, type Theme } from '@jumelage/contracts/constants';

interface ThemePickerProps {
  value: readonly Theme[];
  onChange: (themes: Theme[]) => void;
}

/** Checkboxes for the programme's focus themes; at most `limits.themesMax` can be chosen. */
export function ThemePicker({ value, onChange }: ThemePickerProps) {
  const { t } = useTranslation();
  const hintId = useId();
  const isFull = value.length >= limits.themesMax;

  const toggle = (theme: Theme, isChecked: boolean) => {
    onChange(isChecked ? [...value, theme] : value.filter((chosen) => chosen !== theme));
  };

  return (
    <fieldset className="fieldset" aria-describedby={hintId}>
      <legend>{t('createPartnership.themes')}</legend>
      <p id={hintId} className="field__hint">
        {t('createPartnership.themesHint', { count: limits.themesMax })}
      </p>
      <ul className="checkbox-grid">
        {themes.map((theme) => {
          const isChecked = value.includes(theme);
          return (
            <li key={theme}>
              <label className="checkbox">
                <input
                  type="checkbox"
                  name="themes"
                  value={theme}
                  checked={isChecked}
                  disabled={isFull && !isChecked}
                  onChange={(event) => toggle(theme, event.target.checked)}
                />
                <span>{t(`themes.${theme}`)}</span>
              </label>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
