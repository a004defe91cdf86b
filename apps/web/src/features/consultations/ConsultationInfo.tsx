import { useTranslation } from 'react-i18next';
import type { ConsultationView } from '@jumelage/contracts/consultations';

/** What a consultation is about and who is invited (its times: ConsultationSchedule). */
export function ConsultationInfo({ consultation }: { consultation: ConsultationView }) {
  const { t } = useTranslation('consultations');
  const { agenda, invitees } = consultation;
  return (
    <dl className="consultation-info">
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
