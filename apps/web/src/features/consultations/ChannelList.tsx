import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChannelListItem } from '@jumelage/contracts/consultations';
import { CalendarSubscription } from '../../components/CalendarSubscription.tsx';
import { useMinuteClock } from '../../lib/useMinuteClock.ts';
import { ChannelLink } from './ChannelLink.tsx';
import { useChatSpace } from './chatSpace.tsx';
import { consultationsFeedUrl } from './consultations.api.ts';
import { isOver } from './PhaseBadge.tsx';
import { UnreadBadge } from './UnreadBadge.tsx';

interface ChannelListProps {
  channels: ChannelListItem[];
  selectedId: string | null;
  hrefFor: (channelId: string) => string;
  /** Opens the form for a new consultation; null without the right to schedule one. */
  onCreate: (() => void) | null;
}

/**
 * General and the consultations, live and upcoming first (the server's order), then "schedule";
 * under them, folded, the past and cancelled consultations (after a few months of weekly ones,
 * "schedule" was 3,000 pixels and 13 tab stops down: fourteenth QA pass), open while one of them
 * is shown; and the calendar feed of all the viewer's consultations.
 */
export function ChannelList({ channels, selectedId, hrefFor, onCreate }: ChannelListProps) {
  const { t } = useTranslation('consultations');
  const { t: tc } = useTranslation();
  const titleId = useId();
  const { partners } = useChatSpace();
  const now = useMinuteClock();
  const current = channels.filter((channel) => !isOver(channel.consultation, now));
  const over = channels.filter((channel) => isOver(channel.consultation, now));
  const [isOverOpen, setIsOverOpen] = useState(false);
  const isOverShown = over.some((channel) => channel.id === selectedId);
  const list = (shown: ChannelListItem[]) => (
    <ul className="channel-list">
      {shown.map((channel) => (
        <li key={channel.id}>
          <ChannelLink
            channel={channel}
            href={hrefFor(channel.id)}
            isCurrent={channel.id === selectedId}
            partners={partners}
          />
        </li>
      ))}
    </ul>
  );
  return (
    <nav className="channel-nav" aria-labelledby={titleId}>
      <h3 id={titleId}>{t('channels.title')}</h3>
      {list(current)}
      {onCreate ? (
        <button type="button" className="button channel-nav__create" onClick={onCreate}>
          {t('channels.create')}
        </button>
      ) : null}
      {over.length > 0 ? (
        <details
          className="channel-past"
          open={isOverOpen || isOverShown}
          onToggle={(event) => setIsOverOpen(event.currentTarget.open)}
        >
          <summary className="fold-summary">
            <span className="fold-marker" aria-hidden="true" />
            {t('channels.past', { count: over.length })}{' '}
            {/* A follow-up message in a past consultation shows while the fold is closed. */}
            <UnreadBadge count={over.reduce((sum, channel) => sum + channel.unreadCount, 0)} />
          </summary>
          {list(over)}
        </details>
      ) : null}
      <details className="calendar-fold">
        <summary className="fold-summary">
          <span className="fold-marker" aria-hidden="true" />
          {tc('calendarFeed.title')}
        </summary>
        <CalendarSubscription text={t('channels.calendarText')} feedUrl={consultationsFeedUrl} />
      </details>
    </nav>
  );
}
