import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChannelListItem, ChatMessage, ReadMarker } from '@jumelage/contracts/consultations';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { Loading } from '../../components/Loading.tsx';
import { ChannelHeader } from './ChannelHeader.tsx';
import { useChatSpace } from './chatSpace.tsx';
import { Composer } from './Composer.tsx';
import { MessageList } from './MessageList.tsx';
import { TypingIndicator } from './TypingIndicator.tsx';
import { useMarkRead } from './useMarkRead.ts';
import { useMessages } from './useMessages.ts';

interface ConversationProps {
  channel: ChannelListItem;
  onMarker: (marker: ReadMarker) => void;
  onEdit: () => void;
  onChanged: () => void;
  /**
   * Opened by an action that should leave the focus here (scheduled a moment ago, or back from a
   * cancelled milestone draft): the focus goes to its heading, not to the top of the page.
   */
  takesFocus?: boolean;
  onFocusTaken?: () => void;
}

/** One channel: its details, the messages, who is typing, and the composer. */
export function Conversation({
  channel,
  onMarker,
  onEdit,
  onChanged,
  takesFocus = false,
  onFocusTaken,
}: ConversationProps) {
  const { socketStatus, outbox } = useChatSpace();
  const history = useMessages(channel.id, socketStatus, outbox);
  const [isAtEnd, setIsAtEnd] = useState(true);
  const newest: ChatMessage | undefined = history.messages.at(-1);

  useMarkRead({
    channelId: channel.id,
    // Only once the list shows: live messages arriving while it loads are not seen yet.
    visibleId: history.status === 'ready' && isAtEnd && newest ? newest.id : null,
    lastReadId: channel.lastReadId,
    status: socketStatus,
    onMarker,
  });
  const onAtEndChange = useCallback((atEnd: boolean) => setIsAtEnd(atEnd), []);
  const sectionRef = useRef<HTMLElement>(null);
  const headingId = `channel-${channel.id}`;
  // A channel just opened (the tab, a link in the list, a notification): its message box and the
  // newest messages come into the window, instead of waiting below the partnership's header.
  useEffect(() => {
    const section = sectionRef.current;
    if (section && section.getBoundingClientRect().bottom > window.innerHeight) {
      section.scrollIntoView({ block: 'end' });
      // The page's heading took the focus after the navigation and is scrolled out of sight now:
      // the conversation's heading takes it, or where that is out of sight too (a phone), the
      // conversation itself, named by its heading (twelfth QA pass, invited expert's page).
      if (document.activeElement?.matches('h1.page-heading')) {
        const heading = document.getElementById(headingId);
        const isInView = heading && heading.getBoundingClientRect().top >= 0;
        (isInView ? heading : section).focus({ preventScroll: true });
      }
    }
  }, [headingId]);
  useEffect(() => {
    if (!takesFocus) return;
    document.getElementById(headingId)?.focus({ preventScroll: true });
    // Once: a later visit to the channel (a link, a notification) leaves the focus alone.
    onFocusTaken?.();
  }, [takesFocus, headingId, onFocusTaken]);

  return (
    <section ref={sectionRef} className="conversation" aria-labelledby={headingId} tabIndex={-1}>
      <ChannelHeader
        channel={channel}
        headingId={headingId}
        onEdit={onEdit}
        onChanged={onChanged}
      />
      {history.status === 'ready' ? (
        <MessageList
          channel={channel}
          history={history}
          onAtEndChange={onAtEndChange}
          onChanged={history.applyChange}
        />
      ) : (
        // Where the messages will be, so the conversation keeps its size while they load.
        <div className="message-scroller">
          {history.status === 'loading' ? <Loading /> : null}
          {history.status === 'failed' ? (
            <ErrorMessage error={history.error} onRetry={history.retry} />
          ) : null}
        </div>
      )}
      <TypingIndicator channelId={channel.id} />
      {channel.abilities.send ? <Composer channel={channel} /> : <ReadOnlyNote />}
    </section>
  );
}

function ReadOnlyNote() {
  const { t } = useTranslation('consultations');
  return <p className="conversation__note">{t('composer.readOnly')}</p>;
}
