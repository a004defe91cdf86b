import { useTranslation } from 'react-i18next';
import type { InvitationPreview } from '@jumelage/contracts/partnerships';
import { useFormat } from '../users/useFormat.ts';
import { MunicipalityList } from './MunicipalityList.tsx';

/** What an invitation offers: the partnership, the role, the municipality and the deadline. */
export function InvitationSummary({ invitation }: { invitation: InvitationPreview }) {
  const { t } = useTranslation();
  const format = useFormat();
  const municipality = invitation.municipalities[invitation.municipalityIndex];
  return (
    <div className="card invitation-summary">
      <h2>
        <bdi>{invitation.partnershipName}</bdi>
      </h2>
      <MunicipalityList municipalities={invitation.municipalities} />
      <dl className="facts">
        <div>
          <dt>{t('invite.accept.role')}</dt>
          <dd>{t(`roles.${invitation.role}`)}</dd>
        </div>
        {municipality ? (
          <div>
            <dt>{t('invite.accept.municipality')}</dt>
            <dd>
              <bdi>{municipality.name}</bdi>
            </dd>
          </div>
        ) : null}
        <div>
          <dt>{t('invite.accept.expires')}</dt>
          <dd>{format.dateTime(invitation.expiresAt)}</dd>
        </div>
      </dl>
    </div>
  );
}
