import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChannelListItem, ChatMessage } from '@jumelage/contracts/consultations';
import { useFormat } from '../users/useFormat.ts';
import { formatMessageTime } from './chatFormat.ts';
import { useChatSpace } from './chatSpace.tsx';
import { MessageActions } from './MessageActions.tsx';
import { MessageEditor } from './MessageEditor.tsx';
import { MessageText } from './MessageText.tsx';

interface MessageItemProps {
  message: ChatMessage;
  channel: ChannelListItem;
  /** The list's minute clock, for "today" times. */
  now: number;
  onChanged: (message: ChatMessage) => void;
  /** The first message unread when the channel opened: a screen reader hears "new messages" here. */
  isFirstUnread?: boolean;
}

/** One stored message: author, their municipality, time, text (or "deleted") and actions. */
export function MessageItem({
  message,
  channel,
  now,
  onChanged,
  isFirstUnread = false,
}: MessageItemProps) {
  const { t } = useTranslation('consultations');
  const { locale, timeZone } = useFormat();
  const { viewer, people } = useChatSpace();
  const [isEditing, setIsEditing] = useState(false);
  const [focusRequests, setFocusRequests] = useState(0);
  const itemRef = useRef<HTMLLIElement>(null);
  const person = people.get(message.author.id);
  const isOwn = message.author.id === viewer.id;
  const isDeleted = message.deletedAt !== null;
  const origin =
    person?.municipality ??
    (person?.invitedAs ? t(`consultation.invitedAs.${person.invitedAs}`) : null);

  // The controls that had focus are gone after editing or deleting; continue at the message
  // (in an effect: by then a closing dialog has released the focus).
  useEffect(() => {
    if (focusRequests > 0) itemRef.current?.focus();
  }, [focusRequests]);
  const changed = (updated: ChatMessage | null) => {
    setIsEditing(false);
    if (updated) onChanged(updated);
    setFocusRequests((n) => n + 1);
  };

  return (
    <li ref={itemRef} tabIndex={-1} className={isOwn ? 'message message--own' : 'message'}>
      {isFirstUnread ? <span className="visually-hidden">{t('messages.unreadStart')}</span> : null}
      <div className="message__head">
        <p className="message__meta">
          <bdi className="message__author">{message.author.name}</bdi>
          {origin ? <span className="message__origin">{origin}</span> : null}
          <time dateTime={message.createdAt}>
            {formatMessageTime(message.createdAt, now, locale, timeZone)}
          </time>
          {message.editedAt && !isDeleted ? (
            <span className="message__edited">{t('messages.edited')}</span>
          ) : null}
        </p>
        {!isDeleted && !isEditing ? (
          <MessageActions
            message={message}
            channel={channel}
            isOwn={isOwn}
            onEdit={() => setIsEditing(true)}
            onDeleted={changed}
          />
        ) : null}
      </div>
      {isDeleted ? <p className="message__deleted">{t('messages.deleted')}</p> : null}
      {!isDeleted && isEditing ? <MessageEditor message={message} onDone={changed} /> : null}
      {!isDeleted && !isEditing ? <MessageText text={message.body} /> : null}
    </li>
  );
}
