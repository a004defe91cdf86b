import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChannelListItem } from '@jumelage/contracts/consultations';
import { useMediaQuery } from '../../lib/useMediaQuery.ts';
import { useMinuteClock } from '../../lib/useMinuteClock.ts';
import { useChatSpace } from './chatSpace.tsx';
import { CancelConsultationButton } from './CancelConsultationButton.tsx';
import { ConsultationChangeNotice } from './ConsultationChangeNotice.tsx';
import { ConsultationInfo } from './ConsultationInfo.tsx';
import { ConsultationSchedule } from './ConsultationSchedule.tsx';
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

/** Room for the agenda and invitees above the messages without pushing the message box away. */
const roomyScreen = '(width > 56rem) and (height >= 56rem)';

/**
 * The open channel's title; for a consultation also its times and call, then its agenda, invitees
 * and actions in a fold, open at first only where the screen leaves room for the messages too.
 */
export function ChannelHeader({ channel, headingId, onEdit, onChanged }: ChannelHeaderProps) {
  const { t } = useTranslation('consultations');
  const { abilities, viewer } = useChatSpace();
  const title = useChannelTitle(channel);
  const { consultation } = channel;
  const now = useMinuteClock();
  const phase = consultation ? currentPhase(consultation, now) : null;
  const isInvited = consultation?.invitees.some((invitee) => invitee.id === viewer.id) ?? false;
  const canAct = channel.abilities.update || abilities.editPlans || isInvited;
  const isRoomy = useMediaQuery(roomyScreen);
  const [isOpen, setIsOpen] = useState(isRoomy);
  return (
    <header className="conversation__header">
      <div className="conversation__title">
        <h3 id={headingId} dir="auto" tabIndex={-1}>
          {title}
        </h3>
        {consultation ? <PhaseBadge consultation={consultation} /> : null}
      </div>
      {consultation && phase ? (
        <>
          <ConsultationSchedule channelId={channel.id} consultation={consultation} phase={phase} />
          <ConsultationChangeNotice consultation={consultation} />
          <details
            className="consultation-details"
            open={isOpen}
            onToggle={(event) => setIsOpen(event.currentTarget.open)}
          >
            <summary className="fold-summary">
              <span className="fold-marker" aria-hidden="true" />
              {t(canAct ? 'consultation.detailsAndActions' : 'consultation.details')}
            </summary>
            <ConsultationInfo consultation={consultation} />
            {canAct ? (
              <div className="actions">
                {channel.abilities.update ? (
                  <button type="button" className="button button--secondary" onClick={onEdit}>
                    {t('consultation.edit')}
                  </button>
                ) : null}
                {abilities.editPlans ? (
                  <MinutesButton
                    channelId={channel.id}
                    title={channel.title}
                    agenda={consultation.agenda}
                    minutesPlanId={consultation.minutesPlanId}
                  />
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
                {isInvited ? (
                  <DeclineButton
                    channelId={channel.id}
                    title={channel.title}
                    isMember={abilities.readPlans /* only a membership opens the plans */}
                    onDeclined={onChanged}
                  />
                ) : null}
              </div>
            ) : null}
          </details>
        </>
      ) : (
        <p className="conversation__note">{t('channels.generalHint')}</p>
      )}
    </header>
  );
}
