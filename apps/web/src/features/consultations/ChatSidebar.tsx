import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useMediaQuery } from '../../lib/useMediaQuery.ts';
import { UnreadBadge } from './UnreadBadge.tsx';

interface ChatSidebarProps {
  /** The conversation open beside it: picking another one folds the list up again. */
  selectedId: string | null;
  /** Unread messages in the channels not open, shown on the folded list. */
  unreadElsewhere: number;
  children: ReactNode;
}

/**
 * The channel list and who is online. Beside the conversation on a wide screen; on a narrow one
 * (where they stack, `.chat` in consultations.css) folded into one line above it, with the unread
 * count of the other channels, so the conversation starts near the top instead of about 1,400
 * pixels down on a phone.
 */
export function ChatSidebar({ selectedId, unreadElsewhere, children }: ChatSidebarProps) {
  const { t } = useTranslation('consultations');
  const isNarrow = useMediaQuery('(width <= 56rem)');
  const [isOpen, setIsOpen] = useState(false);
  const [openFor, setOpenFor] = useState(selectedId);
  const foldRef = useRef<HTMLDetailsElement>(null);
  const summaryRef = useRef<HTMLElement>(null);

  // Another conversation was opened (a link in the list, or a consultation just scheduled): the
  // list folds up again.
  if (openFor !== selectedId) {
    setOpenFor(selectedId);
    setIsOpen(false);
  }
  // Focus was on the picked link, now folded away: it goes to the line that unfolds the list, not
  // to the top of the page. (A consultation just scheduled then takes it to its heading.)
  const previousId = useRef(selectedId);
  useEffect(() => {
    if (previousId.current === selectedId) return;
    previousId.current = selectedId;
    // Also on the element: a link picked right after unfolding (by keyboard) can come before the
    // details' own "toggle" event, so React still held it folded, set nothing, and the late event
    // unfolded the list again (seen once in the phone e2e test).
    if (foldRef.current?.open) foldRef.current.open = false;
    const focused = document.activeElement;
    const isLost = focused === document.body || focused === null;
    const isFoldedAway = focused !== summaryRef.current && foldRef.current?.contains(focused);
    if (isLost || isFoldedAway) summaryRef.current?.focus();
  }, [selectedId]);

  if (!isNarrow) return <div className="chat__sidebar">{children}</div>;
  return (
    <details
      ref={foldRef}
      className="chat__fold"
      open={isOpen}
      onToggle={(event) => setIsOpen(event.currentTarget.open)}
    >
      <summary ref={summaryRef} className="fold-summary chat__fold-summary">
        <span className="fold-marker" aria-hidden="true" />
        <span>{t('channels.folded')}</span>
        <UnreadBadge count={unreadElsewhere} />
      </summary>
      <div className="chat__sidebar">{children}</div>
    </details>
  );
}
