import { Link } from 'wouter';
import { useTranslation } from 'react-i18next';
import { path } from '../../lib/api.ts';
import type { SpaceTab } from './spaceTabs.ts';

interface SpaceTabsProps {
  partnershipId: string;
  tabs: SpaceTab[];
  current: SpaceTab;
}

/**
 * The sections of a space as links with aria-current: each tab has its own URL, so links (not
 * the ARIA tabs widget) keep back/forward, bookmarks and "open in new tab" working.
 */
export function SpaceTabs({ partnershipId, tabs, current }: SpaceTabsProps) {
  const { t } = useTranslation();
  return (
    <nav className="space-tabs" aria-label={t('space.sections')}>
      <ul>
        {tabs.map((tab) => (
          <li key={tab}>
            <Link
              href={path`/p/${partnershipId}/${tab}`}
              aria-current={tab === current ? 'page' : undefined}
            >
              {t(`space.tabs.${tab}`)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
