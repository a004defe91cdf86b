import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { dismissNotice, dismissNoticeOf, usePageNotice } from '../lib/announce.ts';

/**
 * The result of an action whose control went away with what it acted on ("You declined the
 * invitation to …"), shown above the page and said by its live region, until it is closed or
 * another page opens. The region stays in the page while empty, so screen readers hear what
 * appears in it.
 */
export function PageNotice() {
  const { t } = useTranslation();
  const notice = usePageNotice();
  const [pathname] = useLocation();
  useEffect(() => dismissNoticeOf(pathname), [pathname]);
  return (
    <div className={notice ? 'page-notice page-notice--shown' : 'page-notice'}>
      <p role="status" className="page-notice__text">
        {notice}
      </p>
      {notice ? (
        <button type="button" className="button button--link" onClick={dismissNotice}>
          {t('common.close')}
        </button>
      ) : null}
    </div>
  );
}
