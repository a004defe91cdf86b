import { Fragment, useRef, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChannelListItem, ChatMessage } from '@jumelage/contracts/consultations';
import type { ApiError } from '../../lib/api.ts';
import { useMinuteClock } from '../../lib/useMinuteClock.ts';
import { useChatSpace } from './chatSpace.tsx';
import { LiveAnnouncements } from './LiveAnnouncements.tsx';
import { MessageItem } from './MessageItem.tsx';
import { firstUnreadId } from './messageList.ts';
import { PendingMessage } from './PendingMessage.tsx';
import { useScrollKeeper } from './useScrollKeeper.ts';

interface MessageListProps {
  channel: ChannelListItem;
  history: {
    messages: ChatMessage[];
    olderCursor: string | null;
    isLoadingOlder: boolean;
    olderError: ApiError | null;
    loadOlder: () => void;
  };
  onAtEndChange: (isAtEnd: boolean) => void;
  onChanged: (message: ChatMessage) => void;
}

/**
 * The conversation, oldest first, with the viewer's unsent messages at the end. The list itself is
 * not live; new messages from others and the outbox's state are announced by LiveAnnouncements.
 * A line marks where the messages unread when the channel was opened begin; it opens there when
 * they fill more than the list, and at the end otherwise.
 */
export function MessageList({ channel, history, onAtEndChange, onChanged }: MessageListProps) {
  const { t } = useTranslation('consultations');
  const { outbox, viewer } = useChatSpace();
  const now = useMinuteClock();
  const entries = useSyncExternalStore(outbox.subscribe, outbox.entries);
  const { messages, olderCursor, isLoadingOlder, olderError, loadOlder } = history;
  const sentIds = new Set(messages.map((message) => message.clientId));
  const pending = entries.filter((e) => e.channelId === channel.id && !sentIds.has(e.clientId));
  const [firstNewId] = useState(() => messages.at(-1)?.id ?? null);
  const [lastReadId] = useState(channel.lastReadId);
  const unreadId = firstUnreadId(messages, {
    lastReadId,
    lastShownId: firstNewId,
    viewerId: viewer.id,
  });
  const scroller = useRef<HTMLDivElement>(null);
  const divider = useRef<HTMLLIElement>(null);
  const onScroll = useScrollKeeper(scroller, {
    firstId: messages[0]?.id ?? null,
    count: messages.length + pending.length,
    pendingCount: pending.length,
    onAtEndChange,
    openAt: divider,
  });

  return (
    <>
      <div
        ref={scroller}
        className="message-scroller"
        tabIndex={0}
        role="region"
        aria-label={t('messages.label')}
        onScroll={onScroll}
      >
        <div className="message-scroller__start">
          {olderCursor ? (
            <button
              type="button"
              className="button button--link"
              onClick={loadOlder}
              disabled={isLoadingOlder}
            >
              {isLoadingOlder ? t('messages.loadingOlder') : t('messages.loadOlder')}
            </button>
          ) : (
            <p className="conversation__note">
              {messages.length > 0 ? t('messages.start') : t('messages.empty')}
            </p>
          )}
          {olderError ? <p className="field__error">{t('messages.olderFailed')}</p> : null}
        </div>
        <ol className="messages">
          {messages.map((message) => (
            <Fragment key={message.id}>
              {message.id === unreadId ? (
                // Hidden from screen readers, which would count it as one more message; they
                // hear "new messages" at the start of the message itself.
                <li ref={divider} className="unread-divider" aria-hidden="true">
                  <span>{t('messages.unreadSince')}</span>
                </li>
              ) : null}
              <MessageItem
                message={message}
                channel={channel}
                now={now}
                onChanged={onChanged}
                isFirstUnread={message.id === unreadId}
              />
            </Fragment>
          ))}
          {pending.map((entry) => (
            <PendingMessage key={entry.clientId} entry={entry} />
          ))}
        </ol>
      </div>
      <LiveAnnouncements messages={messages} sinceId={firstNewId} pending={pending} />
    </>
  );
}
