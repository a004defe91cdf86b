import { useTranslation } from 'react-i18next';

/** A placeholder panel for a part of the workspace that is not built yet. */
export function ComingSoon() {
  const { t } = useTranslation();
  return (
    <div className="coming-soon">
      <p className="coming-soon__badge">{t('common.comingSoon')}</p>
      <p>{t('common.comingSoonText')}</p>
    </div>
  );
}
