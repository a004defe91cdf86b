import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { asApiError, type ApiError } from '../../lib/api.ts';
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
  const [isBusy, setIsBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);

  const decline = async () => {
    setIsBusy(true);
    setError(null);
    try {
      await declineInvitation(channelId);
      setIsAsking(false);
      onDeclined();
    } catch (thrown) {
      setError(asApiError(thrown));
    } finally {
      setIsBusy(false);
    }
  };

  return (
    <>
      <button type="button" className="button button--secondary" onClick={() => setIsAsking(true)}>
        {t('consultation.decline')}
      </button>
      <ConfirmDialog
        isOpen={isAsking}
        title={t('consultation.declineTitle', { title })}
        confirmLabel={t('consultation.declineConfirm')}
        isBusy={isBusy}
        onConfirm={() => {
          if (!isBusy) void decline();
        }}
        onCancel={() => {
          setIsAsking(false);
          setError(null);
        }}
      >
        <p>{isMember ? t('consultation.declineTextMember') : t('consultation.declineText')}</p>
        <ErrorMessage error={error} />
      </ConfirmDialog>
    </>
  );
}
