import { useEffect, useId, useRef, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

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

/**
 * A small form in a modal <dialog>: the browser traps focus, puts it on the first field, closes
 * on Escape and returns focus to the button that opened it.
 */
export function FormDialog(props: FormDialogProps) {
  const { isOpen, title, submitLabel, isSubmitting = false, onSubmit, onCancel, children } = props;
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (isOpen && !dialog.open) dialog.showModal();
    if (!isOpen && dialog.open) dialog.close();
  }, [isOpen]);

  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
      // Chrome may close without a cancel event (Escape without a prior click): keep the state in step.
      onClose={() => {
        if (isOpen) onCancel();
      }}
    >
      <h2 id={titleId}>{title}</h2>
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
    </dialog>
  );
}
