import { useTranslation } from 'react-i18next';
import type { ConsultationPhase } from '@jumelage/contracts/constants';
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

export function PhaseBadge({ consultation }: { consultation: ConsultationView }) {
  const { t } = useTranslation('consultations');
  const phase = currentPhase(consultation, useMinuteClock());
  return <span className={`phase-badge phase-badge--${phase}`}>{t(`phases.${phase}`)}</span>;
}
