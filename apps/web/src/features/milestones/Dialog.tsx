import { useEffect, useId, useRef, type ReactNode } from 'react';
import { DialogHeader } from '../../components/DialogHeader.tsx';
import '../../styles/milestone-dialogs.css';

interface DialogProps {
  title: ReactNode;
  onClose: () => void;
  children: ReactNode;
}

/** The open buttons of the cards after and before the card holding `element`, if it is one. */
function cardsBeside(element: HTMLElement | null): (HTMLElement | null)[] {
  const item = element?.closest('li');
  return [item?.nextElementSibling, item?.previousElementSibling].map(
    (sibling) => sibling?.querySelector<HTMLElement>('[data-milestone-open]') ?? null,
  );
}

/**
 * A modal on the native <dialog>, open while mounted: the page behind is inert (focus stays
 * inside), Escape closes, and focus returns to the element that opened it, even if the dialog
 * is unmounted rather than closed. Initial focus goes to `[data-autofocus]`, else the title.
 */
export function Dialog({ title, onClose, children }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const beside = cardsBeside(opener);
    if (!dialog.open) dialog.showModal();
    (dialog.querySelector<HTMLElement>('[data-autofocus]') ?? dialog.querySelector('h2'))?.focus();
    return () => {
      if (dialog.open) dialog.close();
      // The opener may be gone: a deleted card continues at the card after it (or before it), the
      // empty board's "add the first" at the card just made; else the page's main content. It
      // used to be the main content always, so a keyboard user started again at the top.
      const next = [
        opener,
        ...beside,
        document.querySelector<HTMLElement>('[data-milestone-open]'),
      ];
      const target =
        next.find((element) => element?.isConnected) ?? document.getElementById('main');
      target?.focus();
    };
  }, []);

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
