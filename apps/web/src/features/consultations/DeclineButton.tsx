import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { useAction } from '../../lib/useAction.ts';
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
  const [isAsking, setIsAsking] = useState(false);
  const decline = useAction(async () => {
    await declineInvitation(channelId);
    setIsAsking(false);
    onDeclined();
  });

  return (
    <>
      <button type="button" className="button button--secondary" onClick={() => setIsAsking(true)}>
        {t('consultation.decline')}
      </button>
      <ConfirmDialog
        isOpen={isAsking}
        title={t('consultation.declineTitle', { title })}
        confirmLabel={t('consultation.declineConfirm')}
        isBusy={decline.isBusy}
        onConfirm={() => {
          if (!decline.isBusy) void decline.run();
        }}
        onCancel={() => {
          setIsAsking(false);
          decline.clearError();
        }}
      >
        <p>{isMember ? t('consultation.declineTextMember') : t('consultation.declineText')}</p>
        <ErrorMessage error={decline.error} />
      </ConfirmDialog>
    </>
  );
}
