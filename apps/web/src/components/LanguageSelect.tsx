import { useId } from 'react';
import { locales, type Locale } from '@jumelage/contracts/constants';

/** A language's name in that language ("Deutsch", "Français", "العربية", "English"). */
export function autonym(locale: Locale): string {
  const name = new Intl.DisplayNames([locale], { type: 'language' }).of(locale) ?? locale;
  return name.charAt(0).toLocaleUpperCase(locale) + name.slice(1);
}

function isLocale(value: string): value is Locale {
  return locales.some((locale) => locale === value);
}

interface LanguageSelectProps {
  label: string;
  value: Locale;
  onChange: (locale: Locale) => void;
  name?: string;
  /** Visually hide the label (it is still read by screen readers). */
  isLabelHidden?: boolean;
}

export function LanguageSelect({
  label,
  value,
  onChange,
  name,
  isLabelHidden,
}: LanguageSelectProps) {
  const id = useId();
  return (
    <div className="language-select">
      <label htmlFor={id} className={isLabelHidden ? 'visually-hidden' : undefined}>
        {label}
      </label>
      <select
        id={id}
        name={name}
        value={value}
        onChange={(event) => {
          if (isLocale(event.target.value)) onChange(event.target.value);
        }}
      >
        {locales.map((locale) => (
          <option key={locale} value={locale} lang={locale}>
            {autonym(locale)}
          </option>
        ))}
      </select>
    </div>
  );
}
