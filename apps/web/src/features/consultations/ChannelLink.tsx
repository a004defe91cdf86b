import { Link } from 'wouter';
import { useTranslation } from 'react-i18next';
import type { Channel } from '@jumelage/contracts/consultations';
import type { MunicipalityView } from '@jumelage/contracts/partnerships';
import { ConsultationTimes } from './ConsultationTimes.tsx';
import { PhaseBadge } from './PhaseBadge.tsx';
import { UnreadBadge } from './UnreadBadge.tsx';
import { useChannelTitle } from './useChannelTitle.ts';

interface ChannelLinkProps {
  channel: Channel;
  href: string;
  isCurrent: boolean;
  /** The municipalities whose local time is shown beside the viewer's own. */
  partners: MunicipalityView[];
  /** A line under the title, e.g. the partnership where the list spans several. */
  detail?: string;
}

/** One channel in the list: title, phase and times of a consultation, unread messages. */
export function ChannelLink({ channel, href, isCurrent, partners, detail }: ChannelLinkProps) {
  const { t } = useTranslation('consultations');
  const title = useChannelTitle(channel);
  const { unreadCount, consultation } = channel;
  return (
    <Link
      href={href}
      className="channel-link"
      aria-current={isCurrent ? 'page' : undefined}
      data-kind={channel.kind}
    >
      <span className="channel-link__title">
        <bdi>{title}</bdi>
        <UnreadBadge count={unreadCount} />
      </span>
      {detail ? (
        <span className="channel-link__hint">
          <bdi>{detail}</bdi>
        </span>
      ) : null}
      {consultation ? (
        <>
          <PhaseBadge consultation={consultation} />
          <ConsultationTimes consultation={consultation} partners={partners} isCompact />
        </>
      ) : (
        <span className="channel-link__hint">{t('channels.generalHint')}</span>
      )}
    </Link>
  );
}
