import type { ReactNode } from 'react';
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
 * (where they stack) folded into one line above it, with the unread count of the other channels,
 * so the conversation starts near the top instead of about 1,400 pixels down on a phone.
 */
export function ChatSidebar({ selectedId, unreadElsewhere, children }: ChatSidebarProps) {
  const { t } = useTranslation('consultations');
  const isNarrow = useMediaQuery('(width <= 56rem)');
  if (!isNarrow) return <div className="chat__sidebar">{children}</div>;
  return (
    // Keyed by the open channel: a new one mounts folded (the list's links navigate).
    <details key={selectedId ?? 'none'} className="chat__fold">
      <summary className="chat__fold-summary">
        <span className="chat__fold-marker" aria-hidden="true" />
        <span>{t('channels.folded')}</span>
        <UnreadBadge count={unreadElsewhere} />
      </summary>
      <div className="chat__sidebar">{children}</div>
    </details>
  );
}
