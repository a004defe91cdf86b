import { Link } from 'wouter';
import { useTranslation } from 'react-i18next';
import { chatLimits } from '@jumelage/contracts/constants';
import type { Channel } from '@jumelage/contracts/consultations';
import type { MunicipalityView } from '@jumelage/contracts/partnerships';
import { ConsultationTimes } from './ConsultationTimes.tsx';
import { PhaseBadge } from './PhaseBadge.tsx';
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
  const isCapped = unreadCount >= chatLimits.unreadCountMax;
  return (
    <Link
      href={href}
      className="channel-link"
      aria-current={isCurrent ? 'page' : undefined}
      data-kind={channel.kind}
    >
      <span className="channel-link__title">
        <bdi>{title}</bdi>
        {unreadCount > 0 ? (
          <span className="unread-badge">
            <span aria-hidden="true">{isCapped ? '99+' : unreadCount}</span>
            <span className="visually-hidden">
              {isCapped ? t('channels.unreadMax') : t('channels.unread', { count: unreadCount })}
            </span>
          </span>
        ) : null}
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
