import { useState } from 'react';
import { useLocation } from 'wouter';
import { useTranslation } from 'react-i18next';
import { planLimits } from '@jumelage/contracts/constants';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { asApiError, path } from '../../lib/api.ts';
import { newObjectId } from '../../lib/newObjectId.ts';
import { useAction } from '../../lib/useAction.ts';
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
  const [isUnavailable, setIsUnavailable] = useState(false);
  // One id while this button is shown (a success opens the plan): pressed again after a lost
  // answer, it opens the plan made the first time.
  const [id] = useState(newObjectId);
  const create = useAction(async () => {
    try {
      const plan = await createPlan(partnershipId, {
        id,
        title: truncate(t('consultation.minutesTitle', { title }), planLimits.titleLength),
        templateKey: 'consultation_minutes',
        ...(agenda.trim() ? { agenda: agenda.slice(0, planLimits.agendaLength) } : {}),
      });
      navigate(path`/p/${partnershipId}/plans/${plan.id}`);
    } catch (thrown) {
      // Without the plans feature on the server the endpoint answers 404: then offer nothing.
      if (asApiError(thrown).status === 404) setIsUnavailable(true);
      else throw thrown;
    }
  });

  if (isUnavailable) return null;

  return (
    <>
      <button
        type="button"
        className="button button--secondary"
        onClick={() => void create.run()}
        disabled={create.isBusy}
        aria-busy={create.isBusy}
      >
        {create.isBusy ? t('consultation.minutesCreating') : t('consultation.minutes')}
      </button>
      <ErrorMessage error={create.error} />
    </>
  );
}
