import { useTranslation } from 'react-i18next';
import { isComingPhase } from '@jumelage/contracts/constants';
import type { ChannelListItem } from '@jumelage/contracts/consultations';
import { useMinuteClock } from '../../lib/useMinuteClock.ts';
import { useChatSpace } from './chatSpace.tsx';
import { consultationCalendarUrl } from './consultations.api.ts';
import { CancelConsultationButton } from './CancelConsultationButton.tsx';
import { ConsultationInfo } from './ConsultationInfo.tsx';
import { DeclineButton } from './DeclineButton.tsx';
import { ExpertLinkButton } from './ExpertLinkButton.tsx';
import { MinutesButton } from './MinutesButton.tsx';
import { currentPhase, PhaseBadge } from './PhaseBadge.tsx';
import { useChannelTitle } from './useChannelTitle.ts';

interface ChannelHeaderProps {
  channel: ChannelListItem;
  headingId: string;
  onEdit: () => void;
  /** After the viewer declined their invitation, or called the consultation off or back on. */
  onChanged: () => void;
}

/** The open channel's title; for a consultation also its times, agenda, invitees and actions. */
export function ChannelHeader({ channel, headingId, onEdit, onChanged }: ChannelHeaderProps) {
  const { t } = useTranslation('consultations');
  const { abilities, viewer } = useChatSpace();
  const title = useChannelTitle(channel);
  const { consultation } = channel;
  const now = useMinuteClock();
  const phase = consultation ? currentPhase(consultation, now) : null;
  return (
    <header className="conversation__header">
      <div className="conversation__title">
        <h3 id={headingId} dir="auto">
          {title}
        </h3>
        {consultation ? <PhaseBadge consultation={consultation} /> : null}
      </div>
      {consultation && phase ? (
        <>
          <ConsultationInfo consultation={consultation} phase={phase} />
          <div className="actions">
            {isComingPhase(phase) ? (
              <a
                className="button button--secondary"
                href={consultationCalendarUrl(channel.id)}
                download
              >
                {t('consultation.addToCalendar')}
              </a>
            ) : null}
            {channel.abilities.update ? (
              <button type="button" className="button button--secondary" onClick={onEdit}>
                {t('consultation.edit')}
              </button>
            ) : null}
            {abilities.editPlans ? (
              <MinutesButton title={channel.title} agenda={consultation.agenda} />
            ) : null}
            {/* Last of the schedulers' actions: its new link and open links take whole rows below. */}
            {channel.abilities.update ? (
              <CancelConsultationButton
                channelId={channel.id}
                title={channel.title}
                consultation={consultation}
                onChanged={onChanged}
              />
            ) : null}
            {channel.abilities.update ? <ExpertLinkButton channelId={channel.id} /> : null}
            {consultation.invitees.some((invitee) => invitee.id === viewer.id) ? (
              <DeclineButton
                channelId={channel.id}
                title={channel.title}
                isMember={abilities.readPlans /* only a membership opens the plans */}
                onDeclined={onChanged}
              />
            ) : null}
          </div>
        </>
      ) : (
        <p className="conversation__note">{t('channels.generalHint')}</p>
      )}
    </header>
  );
}
