import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Editor } from '@tiptap/core';
import { locales, type Locale } from '@jumelage/contracts/constants';
import { autonym } from '../../../components/LanguageSelect.tsx';
import { FormDialog } from '../FormDialog.tsx';
import { markedLanguage, setBlockLanguage } from './blockLanguage.ts';

interface LanguageDialogProps {
  editor: Editor;
  planLocale: Locale;
  isOpen: boolean;
  onClose: () => void;
}

const automatic = 'automatic';
type Choice = Locale | typeof automatic;

/**
 * Asks which language the selected paragraphs are written in. Screen readers read them in it and
 * exports carry it; "automatic" is the plan's language, or Arabic for text in Arabic letters.
 */
export function LanguageDialog(props: LanguageDialogProps) {
  const { t } = useTranslation('plans');
  return (
    <FormDialog
      isOpen={props.isOpen}
      title={t('language.title')}
      submitLabel={t('language.submit')}
      onSubmit={(event: FormEvent<HTMLFormElement>) => {
        event.preventDefault();
        const choice = new FormData(event.currentTarget).get('lang');
        const lang = locales.find((locale) => locale === choice) ?? null;
        // No focus() here: closing the dialog returns focus to the toolbar's language button.
        setBlockLanguage(props.editor, lang);
        props.onClose();
      }}
      onCancel={props.onClose}
    >
      <LanguageChoices {...props} />
    </FormDialog>
  );
}

/** Rendered only while the dialog is open, so it starts from the language at the cursor. */
function LanguageChoices({ editor, planLocale }: LanguageDialogProps) {
  const { t } = useTranslation('plans');
  const hintId = useId();
  const [choice, setChoice] = useState<Choice>(() => markedLanguage(editor) ?? automatic);
  const option = (value: Choice, label: string, lang?: Locale) => (
    <label key={value} className="radio">
      <input
        type="radio"
        name="lang"
        value={value}
        checked={choice === value}
        onChange={() => setChoice(value)}
        aria-describedby={value === automatic ? hintId : undefined}
      />
      <span lang={lang}>{label}</span>
    </label>
  );
  return (
    <fieldset className="fieldset">
      <legend>{t('language.legend')}</legend>
      {option(automatic, t('language.automatic'))}
      <p id={hintId} className="field__hint">
        {t('language.automaticHint', { language: autonym(planLocale) })}
      </p>
      {locales.map((locale) => option(locale, autonym(locale), locale))}
    </fieldset>
  );
}
