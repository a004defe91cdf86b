import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Editor } from '@tiptap/core';
import { FormField } from '../../../components/FormField.tsx';
import { FormDialog } from '../../../components/FormDialog.tsx';
import { linkAtCaret } from './linkAtCaret.ts';
import { linkHref } from './linkHref.ts';

interface LinkDialogProps {
  editor: Editor;
  isOpen: boolean;
  onClose: () => void;
}

/** Asks for a link target; only web addresses and e-mail links are accepted (others get an error). */
export function LinkDialog({ editor, isOpen, onClose }: LinkDialogProps) {
  const { t } = useTranslation('plans');
  const [error, setError] = useState<string | undefined>();
  // Read while the dialog is open: the link to change, if the caret is in or at one.
  const current = isOpen ? linkAtCaret(editor) : null;

  const close = () => {
    setError(undefined);
    onClose();
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const field = event.currentTarget.elements.namedItem('href');
    const typed = field instanceof HTMLInputElement ? field.value.trim() : '';
    const href = linkHref(typed);
    if (!href) {
      setError(t('link.invalid'));
      if (field instanceof HTMLInputElement) field.focus();
      return;
    }
    // No focus() here: the dialog is still modal; closing it returns focus to the toolbar's link button.
    if (!editor.state.selection.empty) {
      // The words stay linked, not selected: the next key typed would replace them.
      const { to } = editor.state.selection;
      editor.chain().extendMarkRange('link').setLink({ href }).setTextSelection(to).run();
    } else if (current) {
      // The caret is in or at a link: that link gets the new address.
      editor.chain().setTextSelection(current).setLink({ href }).setTextSelection(current.to).run();
    } else {
      // The link reads as it was typed ("wolfsburg.de", "info@wolfsburg.example"), not as the
      // address it was completed to ("mailto:info@…").
      editor
        .chain()
        .insertContent({ type: 'text', text: typed, marks: [{ type: 'link', attrs: { href } }] })
        .run();
    }
    close();
  };

  return (
    <FormDialog
      isOpen={isOpen}
      title={t('link.title')}
      submitLabel={t('link.submit')}
      onSubmit={onSubmit}
      onCancel={close}
    >
      <FormField label={t('link.url')} hint={t('link.hint')} error={error}>
        {(control) => (
          <input
            {...control}
            name="href"
            type="text"
            inputMode="url"
            dir="ltr"
            autoComplete="url"
            defaultValue={current?.href ?? ''}
          />
        )}
      </FormField>
    </FormDialog>
  );
}
