import { useTranslation } from 'react-i18next';

interface LoadingProps {
  label?: string;
}

/** A busy region with a spinner that appears only if loading takes a moment. */
export function Loading({ label }: LoadingProps) {
  const { t } = useTranslation();
  return (
    <div className="loading" role="status" aria-busy="true">
      <span className="spinner" aria-hidden="true" />
      <span>{label ?? t('common.loading')}</span>
    </div>
  );
}
