import { useTranslation } from 'react-i18next';
import type { ChatMessage } from '@jumelage/contracts/consultations';
import { useConnectionState } from '../../lib/connection.ts';
import { truncate } from './chatFormat.ts';
import { useChatSpace } from './chatSpace.tsx';
import { compareIds } from './messageList.ts';
import type { OutboxEntry } from './outbox.ts';

interface LiveAnnouncementsProps {
  messages: ChatMessage[];
  /** Messages up to this one were there when the conversation opened: not news. */
  sinceId: string | null;
  pending: OutboxEntry[];
}

/**
 * What screen readers hear without moving: the newest message from someone else (not history
 * pages) as it arrives or is edited, and whether the viewer's own messages wait for the connection or failed.
 */
export function LiveAnnouncements({ messages, sinceId, pending }: LiveAnnouncementsProps) {
  const { t } = useTranslation('consultations');
  const { viewer, socketStatus } = useChatSpace();
  const isOnline = useConnectionState() === 'online' && socketStatus.isConnected;
  // The newest message from someone else, deleted or not: when it is deleted the one before must
  // not be read out again as news; when it is edited, that is said.
  const incoming = messages.findLast(
    (m) => m.author.id !== viewer.id && (!sinceId || compareIds(m.id, sinceId) > 0),
  );
  const text = incoming ? truncate(incoming.body, 300) : '';
  const failed = pending.filter((entry) => entry.status === 'failed').length;
  const waiting = pending.length - failed;

  let outboxState = '';
  if (failed > 0) outboxState = t('outbox.failedCount', { count: failed });
  else if (waiting > 0 && !isOnline) outboxState = t('outbox.waitingCount', { count: waiting });

  return (
    <>
      <div className="visually-hidden" aria-live="polite" aria-atomic="true">
        {incoming && !incoming.deletedAt
          ? t(incoming.editedAt ? 'messages.announceEdited' : 'messages.announce', {
              name: incoming.author.name,
              text,
            })
          : ''}
      </div>
      <div className="visually-hidden" role="status">
        {outboxState}
      </div>
    </>
  );
}
