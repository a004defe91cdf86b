import { useTranslation } from 'react-i18next';
import { ComingSoon } from '../../components/ComingSoon.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';

/** Coordinators' and admins' view across all partnerships; placeholder for now. */
export function OverviewPage() {
  const { t } = useTranslation();
  return (
    <div className="page">
      <PageHeading title={t('overview.title')} />
      <p className="page-intro">{t('overview.intro')}</p>
      <ComingSoon />
    </div>
  );
}
