import type { FormEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ModalDialog } from './ModalDialog.tsx';

interface FormDialogProps {
  isOpen: boolean;
  title: string;
  submitLabel: string;
  isSubmitting?: boolean;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  onCancel: () => void;
  /** The fields; rendered only while open, so every opening starts from fresh values. */
  children: ReactNode;
}

/** A small form in a modal dialog; the browser puts focus on the first field. */
export function FormDialog(props: FormDialogProps) {
  const { isOpen, title, submitLabel, isSubmitting = false, onSubmit, onCancel, children } = props;
  const { t } = useTranslation();
  return (
    <ModalDialog isOpen={isOpen} title={title} onCancel={onCancel}>
      {isOpen ? (
        <form className="form" noValidate onSubmit={onSubmit}>
          {children}
          <div className="dialog__actions">
            <button type="button" className="button button--secondary" onClick={onCancel}>
              {t('common.cancel')}
            </button>
            <button type="submit" className="button button--primary" aria-disabled={isSubmitting}>
              {submitLabel}
            </button>
          </div>
        </form>
      ) : null}
    </ModalDialog>
  );
}
