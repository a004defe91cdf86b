import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConsultationView } from '@jumelage/contracts/consultations';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { useAction } from '../../lib/useAction.ts';
import { updateConsultation } from './consultations.api.ts';

interface CancelConsultationButtonProps {
  channelId: string;
  title: string;
  consultation: ConsultationView;
  onChanged: () => void;
}

/**
 * Calls a consultation off (after confirming) or takes that back. Its channel and messages stay;
 * everyone, invitees too, sees it as cancelled at once.
 */
export function CancelConsultationButton(props: CancelConsultationButtonProps) {
  const { channelId, title, consultation, onChanged } = props;
  const { t } = useTranslation('consultations');
  const [isAsking, setIsAsking] = useState(false);
  const isCancelled = consultation.cancelledAt !== null;
  const change = useAction(async () => {
    await updateConsultation(channelId, { cancelled: !isCancelled });
    setIsAsking(false);
    onChanged();
  });
  const run = () => {
    if (!change.isBusy) void change.run();
  };

  if (isCancelled) {
    return (
      <>
        <button type="button" className="button button--secondary" onClick={run}>
          {t('consultation.restore')}
        </button>
        <ErrorMessage error={change.error} />
      </>
    );
  }
  return (
    <>
      <button type="button" className="button button--secondary" onClick={() => setIsAsking(true)}>
        {t('consultation.cancel')}
      </button>
      <ConfirmDialog
        isOpen={isAsking}
        title={t('consultation.cancelTitle', { title })}
        confirmLabel={t('consultation.cancelConfirm')}
        isBusy={change.isBusy}
        onConfirm={run}
        onCancel={() => {
          setIsAsking(false);
          change.clearError();
        }}
      >
        <p>{t('consultation.cancelText')}</p>
        <ErrorMessage error={change.error} />
      </ConfirmDialog>
    </>
  );
}
