import { useId, useRef, type ReactNode } from 'react';
import { DiscardChangesDialog, useDiscardGuard } from '../../components/DiscardChangesDialog.tsx';
import { DialogHeader } from '../../components/DialogHeader.tsx';
import { useModalWhileMounted } from '../../lib/useModalWhileMounted.ts';
import '../../styles/milestone-dialogs.css';

interface DialogProps {
  title: ReactNode;
  onClose: () => void;
  /** Closing would drop changes not saved: Escape and the close button ask first. */
  hasUnsavedChanges?: boolean;
  children: ReactNode;
}

/**
 * A modal on the native <dialog>, open while mounted (`useModalWhileMounted`): Escape closes, focus
 * starts at `[data-autofocus]`, else the title, and returns to the card that opened it, or to the
 * card beside a deleted one.
 */
export function Dialog({ title, onClose, hasUnsavedChanges = false, children }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  // A form whose save failed was dropped without a word when the dialog closed.
  const { requestClose, discardDialog } = useDiscardGuard(hasUnsavedChanges, onClose);

  useModalWhileMounted(ref, 'h2', '[data-milestone-open]');

  return (
    <dialog
      ref={ref}
      className="dialog milestone-dialog"
      aria-labelledby={titleId}
      onCancel={(event) => {
        // A nested confirmation dialog handles its own Escape.
        if (event.target !== event.currentTarget) return;
        event.preventDefault();
        requestClose();
      }}
    >
      <DialogHeader titleId={titleId} title={title} onClose={requestClose} />
      {children}
      <DiscardChangesDialog {...discardDialog} />
    </dialog>
  );
}
