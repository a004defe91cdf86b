import { useState } from 'react';
import { useLocation } from 'wouter';
import { useTranslation } from 'react-i18next';
import { planLimits } from '@jumelage/contracts/constants';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { asApiError, path } from '../../lib/api.ts';
import { useAction } from '../../lib/useAction.ts';
import { truncate } from './chatFormat.ts';
import { useChatSpace } from './chatSpace.tsx';
import { openMinutes } from './consultations.api.ts';

interface MinutesButtonProps {
  channelId: string;
  title: string;
  agenda: string;
  /** Set once someone started the minutes: the button opens them instead. */
  minutesPlanId: string | null;
}

/**
 * Opens the consultation's minutes, one plan for both municipalities: the first press makes it
 * from the minutes template with the consultation's agenda, every later one (anyone's, also after
 * a lost answer) opens the same plan.
 */
export function MinutesButton({ channelId, title, agenda, minutesPlanId }: MinutesButtonProps) {
  const { t } = useTranslation('consultations');
  const { partnershipId } = useChatSpace();
  const [, navigate] = useLocation();
  const [isUnavailable, setIsUnavailable] = useState(false);
  const open = useAction(async () => {
    try {
      const plan = await openMinutes(channelId, {
        title: truncate(t('consultation.minutesTitle', { title }), planLimits.titleLength),
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

  const idle = minutesPlanId ? t('consultation.minutesOpen') : t('consultation.minutes');
  const busy = minutesPlanId ? t('consultation.minutesOpening') : t('consultation.minutesCreating');
  return (
    <>
      <button
        type="button"
        className="button button--secondary"
        onClick={() => {
          if (!open.isBusy) void open.run();
        }}
        aria-disabled={open.isBusy}
        aria-busy={open.isBusy}
      >
        {open.isBusy ? busy : idle}
      </button>
      <ErrorMessage error={open.error} />
    </>
  );
}
