import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useFocusOnNavigation } from '../lib/navigationFocus.ts';

interface PageHeadingProps {
  title: string;
  /** The open section of the page (a partnership's tab), named first in the window title. */
  section?: string;
  /** What the page belongs to (a plan's partnership), named after the title in the window title. */
  within?: string | undefined;
  /** The title's language when it is known and may differ from the interface's (a plan's). */
  lang?: string | undefined;
}

/** The page's h1; names the document (and the section open in it) and receives focus after a navigation. */
export function PageHeading({ title, section, within, lang }: PageHeadingProps) {
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
      <bdi lang={lang}>{title}</bdi>
    </h1>
  );
}
