import { useTranslation } from 'react-i18next';
import type { Partnership } from '@jumelage/contracts/partnerships';
import { PageHeading } from '../../components/PageHeading.tsx';
import { MunicipalityList } from './MunicipalityList.tsx';
import { ThemeList } from './ThemeList.tsx';

/**
 * The partnership's name, its municipalities with their local time, and the viewer's role. The
 * window title also names the open section, so tabs and history tell Plans from Milestones.
 */
export function SpaceHeader({
  partnership,
  section,
  onEdit,
}: {
  partnership: Partnership;
  section: string;
  /** Opens the owner's form for name, themes, description, dates and status. */
  onEdit?: () => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="space-header">
      <PageHeading title={partnership.name} section={section} />
      <MunicipalityList municipalities={partnership.municipalities} hasLocalTime />
      <ThemeList themes={partnership.themes} />
      {partnership.status !== 'active' ? (
        <p className="space-header__status">
          {t('space.statusLine', { status: t(`statuses.${partnership.status}`) })}
        </p>
      ) : null}
      {partnership.myRole ? (
        <p className="space-header__role">
          {t('space.yourRole', { role: t(`roles.${partnership.myRole}`) })}
        </p>
      ) : null}
      {partnership.description ? (
        <p className="space-header__description" dir="auto">
          {partnership.description}
        </p>
      ) : null}
      {onEdit ? (
        <button type="button" className="button button--secondary" onClick={onEdit}>
          {t('space.edit')}
        </button>
      ) : null}
    </div>
  );
}
