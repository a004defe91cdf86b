import { useTranslation } from 'react-i18next';
import { isComingPhase, type ConsultationPhase } from '@jumelage/contracts/constants';
import type { ConsultationView } from '@jumelage/contracts/consultations';
import { useChatSpace } from './chatSpace.tsx';
import { consultationCalendarUrl } from './consultations.api.ts';
import { ConsultationTimes } from './ConsultationTimes.tsx';
import { meetingHost } from './meetingLink.ts';

interface ConsultationScheduleProps {
  channelId: string;
  consultation: ConsultationView;
  /** Where it stands now (`currentPhase`, kept current by the header). */
  phase: ConsultationPhase;
}

/**
 * When a consultation takes place (for the viewer and each partner) and, until it is over or
 * called off, the way in: its call (the main button while live) and "add to calendar". Always in
 * view above the messages; the rest of the consultation is folded (ChannelHeader).
 */
export function ConsultationSchedule({
  channelId,
  consultation,
  phase,
}: ConsultationScheduleProps) {
  const { t } = useTranslation('consultations');
  const { partners } = useChatSpace();
  const { meetingUrl } = consultation;
  const isComing = isComingPhase(phase);
  return (
    <div className="consultation-schedule">
      <ConsultationTimes consultation={consultation} partners={partners} />
      {isComing ? (
        <div className="consultation-schedule__links">
          {meetingUrl ? (
            <a
              className={phase === 'live' ? 'button button--primary meeting-link' : 'meeting-link'}
              href={meetingUrl}
              target="_blank"
              rel="noopener noreferrer"
            >
              {t('consultation.join')}{' '}
              <bdi className="meeting-link__host" dir="ltr">
                ({meetingHost(meetingUrl)})
              </bdi>
              <span className="visually-hidden"> {t('messages.newTab')}</span>
            </a>
          ) : null}
          <a href={consultationCalendarUrl(channelId)} download>
            {t('consultation.addToCalendar')}
          </a>
        </div>
      ) : null}
    </div>
  );
}
