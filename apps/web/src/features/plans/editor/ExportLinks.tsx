import { useTranslation } from 'react-i18next';
import { exportUrl } from '../plans.api.ts';

/** Downloads of the live document (rendered by the server) and the browser's print dialog. */
export function ExportLinks({ planId }: { planId: string }) {
  const { t } = useTranslation('plans');
  return (
    <div className="plan-export" role="group" aria-label={t('export.label')}>
      <a className="button button--secondary" href={exportUrl(planId, 'markdown')} download>
        {t('export.markdown')}
      </a>
      <a className="button button--secondary" href={exportUrl(planId, 'html')} download>
        {t('export.html')}
      </a>
      <button type="button" className="button button--secondary" onClick={() => window.print()}>
        {t('export.print')}
      </button>
    </div>
  );
}
