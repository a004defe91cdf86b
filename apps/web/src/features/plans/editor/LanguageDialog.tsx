import { useId, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Editor } from '@tiptap/core';
import { locales, type Locale } from '@jumelage/contracts/constants';
import { partLanguageOf } from '@jumelage/editor/script';
import { autonym } from '../../../components/LanguageSelect.tsx';
import { useFormat } from '../../users/useFormat.ts';
import { FormDialog } from '../../../components/FormDialog.tsx';
import { markedLanguage, setBlockLanguage } from './blockLanguage.ts';

interface LanguageDialogProps {
  editor: Editor;
  planLocale: Locale;
  isOpen: boolean;
  onClose: () => void;
}

const automatic = 'automatic';

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
        // "automatic" is no language: the mark is removed.
        const lang = partLanguageOf(new FormData(event.currentTarget).get('lang'));
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

/**
 * Mounted each time the dialog opens, so it starts from the language of the selection; focus
 * starts on that choice (`data-autofocus`), as it does in any radio group.
 */
function LanguageChoices({ editor, planLocale }: LanguageDialogProps) {
  const { t } = useTranslation('plans');
  const format = useFormat();
  const hintId = useId();
  const current = markedLanguage(editor) ?? automatic;
  const option = (value: Locale | typeof automatic, label: string, lang?: Locale) => (
    <label key={value} className="radio">
      <input
        type="radio"
        name="lang"
        value={value}
        defaultChecked={value === current}
        data-autofocus={value === current ? true : undefined}
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
        {t('language.automaticHint', { language: format.language(planLocale) })}
      </p>
      {locales.map((locale) => option(locale, autonym(locale), locale))}
    </fieldset>
  );
}
