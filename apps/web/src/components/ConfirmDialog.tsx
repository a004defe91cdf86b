import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ModalDialog } from './ModalDialog.tsx';

interface ConfirmDialogProps {
  isOpen: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  isBusy?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/** A modal confirmation. Cancel comes first so it receives initial focus. While busy the confirming button stays focusable and does nothing. */
export function ConfirmDialog(props: ConfirmDialogProps) {
  const { isOpen, title, children, confirmLabel, isBusy = false, onConfirm, onCancel } = props;
  const { t } = useTranslation();
  return (
    <ModalDialog isOpen={isOpen} title={title} onCancel={onCancel}>
      <div className="dialog__body">{children}</div>
      <div className="dialog__actions">
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t('common.cancel')}
        </button>
        <button
          type="button"
          className="button button--danger"
          // Not `disabled`: a disabled button drops the focus to the page, and the error that may
          // follow (the last owner cannot leave) would be shown to nobody's focus.
          onClick={() => {
            if (!isBusy) onConfirm();
          }}
          aria-disabled={isBusy}
          aria-busy={isBusy}
        >
          {confirmLabel}
        </button>
      </div>
    </ModalDialog>
  );
}
