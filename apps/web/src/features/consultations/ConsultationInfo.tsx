import { useTranslation } from 'react-i18next';
import { isComingPhase, type ConsultationPhase } from '@jumelage/contracts/constants';
import type { ConsultationView } from '@jumelage/contracts/consultations';
import { useChatSpace } from './chatSpace.tsx';
import { ConsultationTimes } from './ConsultationTimes.tsx';
import { meetingHost } from './meetingLink.ts';

interface ConsultationInfoProps {
  consultation: ConsultationView;
  /** Where it stands now (`currentPhase`, kept current by the header). */
  phase: ConsultationPhase;
}

/**
 * When a consultation takes place, where it meets, what it is about and who is invited. The link
 * to the call is there until the consultation is over (or called off), a button while it is live.
 */
export function ConsultationInfo({ consultation, phase }: ConsultationInfoProps) {
  const { t } = useTranslation('consultations');
  const { partners } = useChatSpace();
  const { agenda, invitees, meetingUrl } = consultation;
  return (
    <dl className="consultation-info">
      <div>
        <dt>{t('consultation.when')}</dt>
        <dd>
          <ConsultationTimes consultation={consultation} partners={partners} />
        </dd>
      </div>
      {meetingUrl && isComingPhase(phase) ? (
        <div>
          <dt>{t('consultation.meeting')}</dt>
          <dd>
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
          </dd>
        </div>
      ) : null}
      <div>
        <dt>{t('consultation.agenda')}</dt>
        <dd className="consultation-info__agenda" dir="auto">
          {agenda.trim() ? agenda : t('consultation.noAgenda')}
        </dd>
      </div>
      <div>
        <dt>{t('consultation.invitees')}</dt>
        <dd>
          {invitees.length === 0 ? (
            t('consultation.noInvitees')
          ) : (
            <ul className="invitees">
              {invitees.map((invitee) => (
                <li key={invitee.id}>
                  <bdi>{invitee.name}</bdi>{' '}
                  <span className="invitees__role">
                    ({t(`consultation.invitedAs.${invitee.invitedAs}`)})
                  </span>
                </li>
              ))}
            </ul>
          )}
        </dd>
      </div>
    </dl>
  );
}
