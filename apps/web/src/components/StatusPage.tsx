import { Link } from 'wouter';
import { useTranslation } from 'react-i18next';
import type { UnsavedText } from '../lib/unsavedWork.ts';
import { CopyField } from './CopyField.tsx';
import { PageHeading } from './PageHeading.tsx';

interface StatusPageProps {
  kind: 'notFound' | 'forbidden' | 'noLongerMember';
  /** What the viewer had typed and not saved on the page this one replaced, to copy. */
  kept?: UnsavedText[];
}

/** A whole page saying that something does not exist or is closed to the viewer. */
export function StatusPage({ kind, kept = [] }: StatusPageProps) {
  const { t } = useTranslation();
  return (
    <div className="page page--narrow">
      <PageHeading title={t(`status.${kind}.title`)} />
      <p>{t(`status.${kind}.text`)}</p>
      {kept.length > 0 ? (
        <section className="kept-texts" aria-labelledby="kept-texts-title">
          <h2 id="kept-texts-title">{t('status.kept.title')}</h2>
          <p>{t('status.kept.text')}</p>
          {kept.map((unsaved, index) => (
            <CopyField key={index} label={unsaved.label} value={unsaved.text} isText />
          ))}
        </section>
      ) : null}
      <p>
        <Link href="/">{t('status.home')}</Link>
      </p>
    </div>
  );
}
