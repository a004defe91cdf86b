import { useId, useRef, type ReactNode } from 'react';
import { DialogHeader } from '../../components/DialogHeader.tsx';
import { useModalWhileMounted } from '../../lib/useModalWhileMounted.ts';
import '../../styles/milestone-dialogs.css';

interface DialogProps {
  title: ReactNode;
  onClose: () => void;
  children: ReactNode;
}

/**
 * A modal on the native <dialog>, open while mounted (`useModalWhileMounted`): Escape closes, focus
 * starts at `[data-autofocus]`, else the title, and returns to the card that opened it, or to the
 * card beside a deleted one.
 */
export function Dialog({ title, onClose, children }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();

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
        onClose();
      }}
    >
      <DialogHeader titleId={titleId} title={title} onClose={onClose} />
      {children}
    </dialog>
  );
}
