import { useTranslation } from 'react-i18next';
import { ConfirmButton } from '../../components/ConfirmButton.tsx';
import { announce, focusPageStart } from '../../lib/announce.ts';
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
        // The button goes (and the consultation with it, unless the viewer is a member): say what
        // happened, and keep the focus on the page instead of losing it (QA pass).
        announce(t('consultation.declined', { title }));
        focusPageStart();
      }}
    >
      <p>{isMember ? t('consultation.declineTextMember') : t('consultation.declineText')}</p>
    </ConfirmButton>
  );
}
