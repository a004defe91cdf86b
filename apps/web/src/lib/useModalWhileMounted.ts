import { useEffect, type RefObject } from 'react';

/** The elements matching `kind` in the list items after and before the one holding `element`. */
function besideInList(element: HTMLElement | null, kind: string): (HTMLElement | null)[] {
  const item = element?.closest('li');
  return [item?.nextElementSibling, item?.previousElementSibling].map(
    (sibling) => sibling?.querySelector<HTMLElement>(kind) ?? null,
  );
}

/**
 * Shows a <dialog> as a modal for as long as it is mounted: the page behind is inert. Focus starts
 * at its `[data-autofocus]` element, else the first matching `startAt`. When the dialog is
 * unmounted (not only closed), focus goes back to the element that opened it. Where that is gone
 * (a deleted card) or was the page itself (Safari does not focus a clicked button), it goes to the
 * control of the same `openerKind` (a selector) in the list item after or before the opener's,
 * else to the first on the page (the card just made on an empty board), else to the main content.
 * Without this, focus fell to the top of the page and a keyboard user started again there.
 */
export function useModalWhileMounted(
  ref: RefObject<HTMLDialogElement | null>,
  startAt: string,
  openerKind?: string,
) {
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const { activeElement } = document;
    const opener =
      activeElement instanceof HTMLElement && activeElement !== document.body
        ? activeElement
        : null;
    const beside = openerKind ? besideInList(opener, openerKind) : [];
    if (!dialog.open) dialog.showModal();
    (
      dialog.querySelector<HTMLElement>('[data-autofocus]') ??
      dialog.querySelector<HTMLElement>(startAt)
    )?.focus();
    return () => {
      if (dialog.open) dialog.close();
      const ofKind = openerKind ? document.querySelector<HTMLElement>(openerKind) : null;
      const target = [opener, ...beside, ofKind].find((element) => element?.isConnected);
      (target ?? document.getElementById('main'))?.focus();
    };
  }, [ref, startAt, openerKind]);
}
