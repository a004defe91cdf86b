import { useTranslation } from 'react-i18next';
import { chatLimits } from '@jumelage/contracts/constants';

/** How many messages are unread ("99+" past the server's cap), spoken in words; nothing at 0. */
export function UnreadBadge({ count }: { count: number }) {
  const { t } = useTranslation('consultations');
  if (count <= 0) return null;
  const isCapped = count >= chatLimits.unreadCountMax;
  return (
    <span className="unread-badge">
      <span aria-hidden="true">{isCapped ? '99+' : count}</span>
      <span className="visually-hidden">
        {isCapped ? t('channels.unreadMax') : t('channels.unread', { count })}
      </span>
    </span>
  );
}
