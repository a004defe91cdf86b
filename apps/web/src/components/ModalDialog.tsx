import { useEffect, useId, useRef, type ReactNode } from 'react';

interface ModalDialogProps {
  isOpen: boolean;
  title: string;
  onCancel: () => void;
  children: ReactNode;
}

/**
 * The shell of a modal on the native <dialog>, open while `isOpen`: the browser traps focus, Escape
 * cancels, and focus returns to the element that opened it. Focus starts on the first field, or on
 * the one marked `data-autofocus` (the checked choice of a radio group: the browser would pick the
 * group's first radio, checked or not).
 */
export function ModalDialog({ isOpen, title, onCancel, children }: ModalDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (isOpen && !dialog.open) {
      dialog.showModal();
      dialog.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    }
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
      // Chrome may close on Escape without a cancel event; keep the parent's state in step.
      onClose={() => {
        if (isOpen) onCancel();
      }}
    >
      <h2 id={titleId}>{title}</h2>
      {children}
    </dialog>
  );
}
