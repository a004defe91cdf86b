import { useTranslation } from 'react-i18next';
import { ConfirmButton } from '../../components/ConfirmButton.tsx';
import { declineInvitation } from './consultations.api.ts';

interface DeclineButtonProps {
  channelId: string;
  title: string;
  /** Whether the viewer keeps reading the consultation as a member of the partnership. */
  isMember: boolean;
  onDeclined: () => void;
}

/** Lets an invitee (expert or coordinator) decline a consultation, after confirming. */
export function DeclineButton({ channelId, title, isMember, onDeclined }: DeclineButtonProps) {
  const { t } = useTranslation('consultations');
  return (
    <ConfirmButton
      label={t('consultation.decline')}
      title={t('consultation.declineTitle', { title })}
      confirmLabel={t('consultation.declineConfirm')}
      action={async () => {
        await declineInvitation(channelId);
        onDeclined();
      }}
    >
      <p>{isMember ? t('consultation.declineTextMember') : t('consultation.declineText')}</p>
    </ConfirmButton>
  );
}
