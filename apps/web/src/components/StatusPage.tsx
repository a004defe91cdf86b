import { Link } from 'wouter';
import { useTranslation } from 'react-i18next';
import { PageHeading } from './PageHeading.tsx';

interface StatusPageProps {
  kind: 'notFound' | 'forbidden' | 'noLongerMember';
}

/** A whole page saying that something does not exist or is closed to the viewer. */
export function StatusPage({ kind }: StatusPageProps) {
  const { t } = useTranslation();
  return (
    <div className="page page--narrow">
      <PageHeading title={t(`status.${kind}.title`)} />
      <p>{t(`status.${kind}.text`)}</p>
      <p>
        <Link href="/">{t('status.home')}</Link>
      </p>
    </div>
  );
}
