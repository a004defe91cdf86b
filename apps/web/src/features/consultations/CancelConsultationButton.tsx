import { useTranslation } from 'react-i18next';
import type { ConsultationView } from '@jumelage/contracts/consultations';
import { ConfirmButton } from '../../components/ConfirmButton.tsx';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { useAction } from '../../lib/useAction.ts';
import { useFocusAfterSwap } from '../../lib/useFocusAfterSwap.ts';
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
  const isCancelled = consultation.cancelledAt !== null;
  // Cancelling swaps this button for "reinstate" (and back): the focus goes on to the new one
  // instead of falling to the page (fourteenth QA pass).
  const whileChanging = useFocusAfterSwap(isCancelled, () =>
    document.querySelector<HTMLElement>(`[data-cancel-action="${channelId}"]`),
  );
  const setCancelled = (cancelled: boolean) =>
    whileChanging(async () => {
      await updateConsultation(channelId, { cancelled });
      onChanged();
    });
  const restore = useAction(setCancelled(false));

  if (!isCancelled) {
    return (
      <ConfirmButton
        label={t('consultation.cancel')}
        title={t('consultation.cancelTitle', { title })}
        confirmLabel={t('consultation.cancelConfirm')}
        action={setCancelled(true)}
        buttonData={{ 'data-cancel-action': channelId }}
      >
        <p>{t('consultation.cancelText')}</p>
      </ConfirmButton>
    );
  }
  return (
    <>
      <button
        type="button"
        className="button button--secondary"
        data-cancel-action={channelId}
        onClick={() => {
          if (!restore.isBusy) void restore.run();
        }}
      >
        {t('consultation.restore')}
      </button>
      <ErrorMessage error={restore.error} />
    </>
  );
}
