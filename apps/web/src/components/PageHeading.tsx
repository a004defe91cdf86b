import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useFocusOnNavigation } from '../lib/navigationFocus.ts';

interface PageHeadingProps {
  title: string;
  /** The open section of the page (a partnership's tab), named first in the window title. */
  section?: string;
  /** What the page belongs to (a plan's partnership), named after the title in the window title. */
  within?: string | undefined;
}

/** The page's h1; names the document (and the section open in it) and receives focus after a navigation. */
export function PageHeading({ title, section, within }: PageHeadingProps) {
  const { t } = useTranslation();
  const ref = useFocusOnNavigation<HTMLHeadingElement>();

  useEffect(() => {
    document.title = section
      ? t('app.sectionDocumentTitle', { section, page: title })
      : within
        ? t('app.sectionDocumentTitle', { section: title, page: within })
        : t('app.documentTitle', { page: title });
  }, [t, title, section, within]);

  return (
    <h1 ref={ref} tabIndex={-1} className="page-heading">
      <bdi>{title}</bdi>
    </h1>
  );
}
