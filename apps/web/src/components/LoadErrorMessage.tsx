import { useTranslation } from 'react-i18next';

/** Shown by LoadErrorBoundary: the part could not be loaded (or broke), with a retry button. */
export function LoadErrorMessage({
  isDownload,
  onRetry,
}: {
  isDownload: boolean;
  onRetry: () => void;
}) {
  const { t } = useTranslation();
  return (
    <div role="alert" className="alert alert--error">
      <p>{t(isDownload ? 'errors.loadFailed' : 'errors.renderFailed')}</p>
      <button type="button" className="button button--secondary" onClick={onRetry}>
        {t('common.retry')}
      </button>
    </div>
  );
}
