import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useFocusOnNavigation } from '../lib/navigationFocus.ts';

interface PageHeadingProps {
  title: string;
}

/** The page's h1; names the document and receives focus after a navigation. */
export function PageHeading({ title }: PageHeadingProps) {
  const { t } = useTranslation();
  const ref = useFocusOnNavigation<HTMLHeadingElement>();

  useEffect(() => {
    document.title = t('app.documentTitle', { page: title });
  }, [t, title]);

  return (
    <h1 ref={ref} tabIndex={-1} className="page-heading">
      <bdi>{title}</bdi>
    </h1>
  );
}
