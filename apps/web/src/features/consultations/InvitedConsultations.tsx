import { Suspense, useId, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  InvitedConsultation,
  InvitedConsultationListResponse,
} from '@jumelage/contracts/consultations';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { useMinuteClock } from '../../lib/useMinuteClock.ts';
import { useCurrentUser } from '../auth/session.tsx';
import { ChannelLink } from './ChannelLink.tsx';
import { invitationHref, invitedConsultationsUrl } from './consultations.api.ts';
import { isOver } from './PhaseBadge.tsx';
import { useChannels } from './useChannels.ts';
import { useSocketStatus } from './useSocketStatus.ts';

/**
 * On the home page: the consultations the viewer is invited to, in any partnership, kept current
 * live (a new invitation appears, a withdrawn one goes). For an external expert this is the way in.
 * Without invitations `fallback` is shown (the texts load only for those who have some): the
 * "create your first partnership" of someone in no partnership, which an invited expert, who has
 * no reason to create one, no longer sees above their invitations. `lead` comes before the
 * invitations, when there are some.
 */
export function InvitedConsultations({
  fallback = null,
  lead = null,
}: {
  fallback?: ReactNode;
  lead?: ReactNode;
}) {
  const viewer = useCurrentUser();
  const socketStatus = useSocketStatus();
  const openChannelId = useRef<string | null>(null);
  const channels = useChannels<InvitedConsultationListResponse>(invitedConsultationsUrl, null, {
    viewerId: viewer.id,
    openChannelId,
    connectCount: socketStatus.connectCount,
  });
  const list = channels.data?.data ?? [];
  if (channels.error) return <ErrorMessage error={channels.error} onRetry={channels.reload} />;
  if (list.length === 0) return channels.data ? fallback : null;
  return (
    <Suspense fallback={null}>
      {lead}
      <InvitationList consultations={list} />
    </Suspense>
  );
}

function InvitationList({ consultations }: { consultations: InvitedConsultation[] }) {
  const { t } = useTranslation('consultations');
  const headingId = useId();
  const now = useMinuteClock();
  const upcoming = consultations.filter((item) => !isOver(item.consultation, now));
  const past = consultations.filter((item) => isOver(item.consultation, now));
  const links = (items: InvitedConsultation[]) => (
    <ul className="channel-list invitations__list">
      {items.map((item) => (
        <li key={item.id}>
          <ChannelLink
            channel={item}
            href={invitationHref(item)}
            isCurrent={false}
            partners={item.partnership.municipalities.filter(
              (_, index) => index !== item.partnership.myMunicipalityIndex,
            )}
            detail={item.partnership.name}
          />
        </li>
      ))}
    </ul>
  );
  return (
    <section className="invitations" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('invited.title')}</h2>
      {upcoming.length > 0 ? links(upcoming) : <p>{t('invited.noneUpcoming')}</p>}
      {past.length > 0 ? (
        <details className="invitations__past">
          <summary>{t('invited.past', { count: past.length })}</summary>
          {links(past)}
        </details>
      ) : null}
    </section>
  );
}
