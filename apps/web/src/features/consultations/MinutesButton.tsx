import { useState } from 'react';
import { useLocation } from 'wouter';
import { useTranslation } from 'react-i18next';
import { planLimits } from '@jumelage/contracts/constants';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { asApiError, path, type ApiError } from '../../lib/api.ts';
import { truncate } from './chatFormat.ts';
import { useChatSpace } from './chatSpace.tsx';
import { createPlan } from './consultations.api.ts';

interface MinutesButtonProps {
  title: string;
  agenda: string;
}

/** Creates a plan from the minutes template with the consultation's agenda, and opens it. */
export function MinutesButton({ title, agenda }: MinutesButtonProps) {
  const { t } = useTranslation('consultations');
  const { partnershipId } = useChatSpace();
  const [, navigate] = useLocation();
  const [isBusy, setIsBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [isUnavailable, setIsUnavailable] = useState(false);

  // Without the plans feature on the server the endpoint answers 404: then offer nothing.
  if (isUnavailable) return null;

  const create = async () => {
    setIsBusy(true);
    setError(null);
    try {
      const plan = await createPlan(partnershipId, {
        title: truncate(t('consultation.minutesTitle', { title }), planLimits.titleLength),
        templateKey: 'consultation_minutes',
        ...(agenda.trim() ? { agenda: agenda.slice(0, planLimits.agendaLength) } : {}),
      });
      navigate(path`/p/${partnershipId}/plans/${plan.id}`);
    } catch (thrown) {
      const apiError = asApiError(thrown);
      if (apiError.status === 404) setIsUnavailable(true);
      else setError(apiError);
      setIsBusy(false);
    }
  };

  return (
    <>
      <button
        type="button"
        className="button button--secondary"
        onClick={() => void create()}
        disabled={isBusy}
        aria-busy={isBusy}
      >
        {isBusy ? t('consultation.minutesCreating') : t('consultation.minutes')}
      </button>
      <ErrorMessage error={error} />
    </>
  );
}
