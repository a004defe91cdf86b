import { Link } from 'wouter';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { ErrorCode } from '@jumelage/contracts/constants';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import type { ApiError } from '../../lib/api.ts';

/** Unknown, used, expired, revoked or mangled (e.g. cut off in a mail): trying again does not help. */
const isUnusable = (error: ApiError | null) =>
  ['not_found', 'conflict', 'validation_failed'].includes(error?.code ?? '');

/**
 * What an invitation link that cannot be used says: already used, expired (the server's 409 names
 * which), or unknown. A used link said "conflicts with a recent change, reload and try again".
 */
export function linkMessages(
  t: TFunction,
  error: ApiError | null,
): Partial<Record<ErrorCode, string>> {
  const reason = error?.details[0]?.message;
  return {
    not_found: t('invite.accept.invalid'),
    validation_failed: t('invite.accept.invalid'),
    conflict: reason === 'expired' ? t('invite.accept.expired') : t('invite.accept.used'),
  };
}

/**
 * Why an invitation link (to a partnership, or an expert's to a consultation) cannot be opened;
 * other errors offer to try again.
 */
export function LinkProblem({ error, onRetry }: { error: ApiError | null; onRetry: () => void }) {
  const { t } = useTranslation();
  if (!error) return null;
  if (!isUnusable(error)) return <ErrorMessage error={error} onRetry={onRetry} />;
  return (
    <>
      <ErrorMessage error={error} messages={linkMessages(t, error)} />
      <p>
        <Link href="/">{t('status.home')}</Link>
      </p>
    </>
  );
}
