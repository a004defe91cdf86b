import { useEffect, useRef } from 'react';
import { Link } from 'wouter';
import { useTranslation } from 'react-i18next';
import type { UnsavedText } from '../lib/unsavedWork.ts';
import { KeptTexts } from './KeptTexts.tsx';
import { PageHeading } from './PageHeading.tsx';

interface StatusPageProps {
  kind: 'notFound' | 'forbidden' | 'noLongerMember';
  /** What the viewer had typed and not saved on the page this one replaced, to copy. */
  kept?: UnsavedText[];
}

/** A whole page saying that something does not exist or is closed to the viewer. */
export function StatusPage({ kind, kept = [] }: StatusPageProps) {
  const { t } = useTranslation();
  const pageRef = useRef<HTMLDivElement>(null);
  // Shown in place of a page that went (a removal): the focus was in it and fell to the page.
  useEffect(() => {
    const active = document.activeElement;
    if (!active || active === document.body) pageRef.current?.querySelector('h1')?.focus();
  }, []);
  return (
    <div ref={pageRef} className="page page--narrow">
      <PageHeading title={t(`status.${kind}.title`)} />
      <p>{t(`status.${kind}.text`)}</p>
      <KeptTexts kept={kept} />
      <p>
        <Link href="/">{t('status.home')}</Link>
      </p>
    </div>
  );
}
