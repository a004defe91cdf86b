import { useTranslation } from 'react-i18next';

/** Shown by LoadErrorBoundary: the part could not be loaded, with a retry button. */
export function LoadErrorMessage({ onRetry }: { onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <div role="alert" className="alert alert--error">
      <p>{t('errors.loadFailed')}</p>
      <button type="button" className="button button--secondary" onClick={onRetry}>
        {t('common.retry')}
      </button>
    </div>
  );
}
