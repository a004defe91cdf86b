import { useTranslation } from 'react-i18next';
import { isComingPhase, type ConsultationPhase } from '@jumelage/contracts/constants';
import type { ConsultationView } from '@jumelage/contracts/consultations';
import { useMinuteClock } from '../../lib/useMinuteClock.ts';

/**
 * Where a consultation stands now; recomputed every minute, so "live" starts on time. Called off,
 * it is cancelled whatever the time.
 */
export function currentPhase(consultation: ConsultationView, now: number): ConsultationPhase {
  if (consultation.cancelledAt) return 'cancelled';
  if (now < Date.parse(consultation.startsAt)) return 'upcoming';
  return now < Date.parse(consultation.endsAt) ? 'live' : 'past';
}

/** Over or called off at `now`: listed apart from the live and upcoming ones. */
export const isOver = (consultation: ConsultationView | null, now: number) =>
  consultation !== null && !isComingPhase(currentPhase(consultation, now));

export function PhaseBadge({ consultation }: { consultation: ConsultationView }) {
  const { t } = useTranslation('consultations');
  const phase = currentPhase(consultation, useMinuteClock());
  return <span className={`phase-badge phase-badge--${phase}`}>{t(`phases.${phase}`)}</span>;
}
