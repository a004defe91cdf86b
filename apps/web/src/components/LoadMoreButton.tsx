import { useTranslation } from 'react-i18next';

interface LoadMoreButtonProps {
  isLoading: boolean;
  onLoadMore: () => Promise<void>;
  className?: string;
}

/**
 * A list's "load more". While its page loads it stays focusable (`aria-disabled`, not
 * `disabled`, which would drop the focus to the page body) and says it is loading.
 */
export function LoadMoreButton({
  isLoading,
  onLoadMore,
  className = 'button button--secondary',
}: LoadMoreButtonProps) {
  const { t } = useTranslation();
  return (
    <button
      type="button"
      className={className}
      aria-disabled={isLoading}
      aria-busy={isLoading}
      onClick={() => void onLoadMore()}
    >
      {isLoading ? t('common.loading') : t('common.loadMore')}
    </button>
  );
}
