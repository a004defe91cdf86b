import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Plan, PlanReadingResponse } from '@jumelage/contracts/plans';
import { Loading } from '../../components/Loading.tsx';
import { useResource } from '../../lib/useResource.ts';
import { planReadingUrl } from './plans.api.ts';
import '../../styles/plan-document.css';

const readingDelayMs = 300;

/** The plan's headings read one level below the page's title, as in the editor (headingLevels.ts). */
const headingsBelowPage = (html: string) =>
  html.replace(
    /<h([1-6])\b/g,
    (tag, level: string) => `${tag} aria-level="${Math.min(6, Number(level) + 1)}"`,
  );

/**
 * What a plan page shows while the editor's code downloads. On a slow link, the first time, that
 * took about 16 s with only "loading the editor" on screen; the plan can be read meanwhile. The
 * server renders it as the export's HTML (from the schema: text escaped, only safe links), so it
 * is set as markup, not parsed by the editor, whose code is what is still on its way.
 */
export function PlanReadingView({ plan }: { plan: Plan }) {
  const { t } = useTranslation('plans');
  // Asked for only when the code takes a moment: when it is at hand (cached, or preloaded from the
  // plan list) the server is spared rendering a copy nobody sees.
  const [isWaiting, setIsWaiting] = useState(true);
  useEffect(() => {
    const timer = setTimeout(() => setIsWaiting(false), readingDelayMs);
    return () => clearTimeout(timer);
  }, []);
  const reading = useResource<PlanReadingResponse>(isWaiting ? null : planReadingUrl(plan.id));
  const html = reading.data?.data.html;
  return (
    <div className="plan-reading">
      <Loading label={html ? t('status.loadingEditorReadMeanwhile') : t('status.loadingEditor')} />
      {html ? (
        <div
          className="plan-document plan-reading__document"
          lang={plan.locale}
          dangerouslySetInnerHTML={{ __html: headingsBelowPage(html) }}
        />
      ) : null}
    </div>
  );
}
