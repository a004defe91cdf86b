import { useTranslation } from 'react-i18next';
import type { ErrorCode } from '@jumelage/contracts/constants';
import type { ApiError } from '../lib/api.ts';

interface ErrorMessageProps {
  error: ApiError | null;
  onRetry?: () => void;
  /** Clearer texts for codes that mean something specific here (e.g. 401 on the login form). */
  messages?: Partial<Record<ErrorCode, string>>;
}

/** Announces a failed request in the viewer's language, chosen by the server's error code. */
export function ErrorMessage({ error, onRetry, messages }: ErrorMessageProps) {
  const { t } = useTranslation();
  if (!error) return null;
  return (
    <div role="alert" className="alert alert--error">
      <p>{messages?.[error.code] ?? t(`errors.${error.code}`)}</p>
      {onRetry ? (
        <button type="button" className="button button--secondary" onClick={onRetry}>
          {t('common.retry')}
        </button>
      ) : null}
    </div>
  );
}
