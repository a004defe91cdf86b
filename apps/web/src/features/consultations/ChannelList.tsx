import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChannelListItem } from '@jumelage/contracts/consultations';
import { CalendarSubscription } from '../../components/CalendarSubscription.tsx';
import { ChannelLink } from './ChannelLink.tsx';
import { useChatSpace } from './chatSpace.tsx';
import { consultationsFeedUrl } from './consultations.api.ts';

interface ChannelListProps {
  channels: ChannelListItem[];
  selectedId: string | null;
  hrefFor: (channelId: string) => string;
  /** Opens the form for a new consultation; null without the right to schedule one. */
  onCreate: (() => void) | null;
}

/**
 * General and the consultations, live and upcoming first (the server's order); under them, folded,
 * the calendar feed of all the viewer's consultations.
 */
export function ChannelList({ channels, selectedId, hrefFor, onCreate }: ChannelListProps) {
  const { t } = useTranslation('consultations');
  const { t: tc } = useTranslation();
  const titleId = useId();
  const { partners } = useChatSpace();
  return (
    <nav className="channel-nav" aria-labelledby={titleId}>
      <h3 id={titleId}>{t('channels.title')}</h3>
      <ul className="channel-list">
        {channels.map((channel) => (
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
      {onCreate ? (
        <button type="button" className="button channel-nav__create" onClick={onCreate}>
          {t('channels.create')}
        </button>
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
