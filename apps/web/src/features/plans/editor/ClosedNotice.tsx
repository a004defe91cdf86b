import { Link, useLocation } from 'wouter';
import { useTranslation } from 'react-i18next';
import { path } from '../../../lib/api.ts';
import { withNext } from '../../auth/nextPath.ts';
import type { ClosedReason } from './syncStatus.ts';

interface ClosedNoticeProps {
  reason: ClosedReason;
  partnershipId: string;
  onReconnect: () => void;
}

const canRetry = new Set<ClosedReason>(['documentTooLarge', 'messageTooLarge', 'malformedMessage']);

/** Why the server ended the editing session, and the way on from there. */
export function ClosedNotice({ reason, partnershipId, onReconnect }: ClosedNoticeProps) {
  const { t } = useTranslation('plans');
  const [location] = useLocation();
  return (
    <div role="alert" className="alert alert--error">
      <p>{t(`closed.${reason}`)}</p>
      {canRetry.has(reason) ? (
        <button type="button" className="button button--secondary" onClick={onReconnect}>
          {t('closed.reconnect')}
        </button>
      ) : reason === 'sessionEnded' ? (
        <Link href={withNext('/login', location)}>{t('closed.login')}</Link>
      ) : (
        <Link href={path`/p/${partnershipId}/plans`}>{t('closed.backToPlans')}</Link>
      )}
    </div>
  );
}
