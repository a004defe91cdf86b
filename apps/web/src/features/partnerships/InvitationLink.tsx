import { useTranslation } from 'react-i18next';
import type { Invitation, Partnership } from '@jumelage/contracts/partnerships';
import { CopyField } from '../../components/CopyField.tsx';
import { useFormat } from '../users/useFormat.ts';

interface InvitationLinkProps {
  invitation: Invitation;
  partnership: Partnership;
}

/** The new invitation's link to pass on, with what it grants and until when. */
export function InvitationLink({ invitation, partnership }: InvitationLinkProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const municipality = partnership.municipalities[invitation.municipalityIndex];
  return (
    <div className="invitation-link">
      <CopyField label={t('invite.create.link')} value={invitation.url} />
      <p className="field__hint">
        {t('invite.create.linkSummary', {
          role: t(`roles.${invitation.role}`),
          municipality: municipality?.name ?? '',
          date: format.dateTime(invitation.expiresAt),
        })}
      </p>
    </div>
  );
}
