import { useCallback, useState } from 'react';

/**
 * Whether a dialog is open, and a key that changes at each opening: the dialog, given it as its
 * `key`, starts anew each time (its form, and the id of what it creates), instead of keeping what
 * a previous opening left in it.
 */
export function useDialogOpenings() {
  const [openings, setOpenings] = useState(0);
  const [isOpen, setIsOpen] = useState(false);
  const open = useCallback(() => {
    setOpenings((count) => count + 1);
    setIsOpen(true);
  }, []);
  const close = useCallback(() => setIsOpen(false), []);
  return { isOpen, key: openings, open, close };
}
