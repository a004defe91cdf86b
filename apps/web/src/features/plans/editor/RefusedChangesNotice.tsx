import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import type { Plan } from '@jumelage/contracts/plans';

interface RefusedChangesNoticeProps {
  doc: Y.Doc;
  plan: Plan;
  onDiscard: () => Promise<void>;
}

/** A file name from the plan title: characters that file systems refuse become hyphens. */
const fileNameOf = (title: string) =>
  `${title.replace(/[\\/:*?"<>|]+/g, '-').trim() || 'plan'}.html`;

/** Offers this device's version as the same printable HTML page as the server's export. */
async function saveDeviceCopy(doc: Y.Doc, plan: Plan): Promise<void> {
  // Loaded on demand: the renderer is only needed here.
  const [{ renderHtmlDocument }, { docToNode }] = await Promise.all([
    import('@jumelage/editor/export'),
    import('@jumelage/editor/yjs'),
  ]);
  const html = renderHtmlDocument(docToNode(doc), { title: plan.title, locale: plan.locale });
  const url = URL.createObjectURL(new Blob([html], { type: 'text/html;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileNameOf(plan.title);
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/**
 * The server refused changes from this device because the viewer may only read the plan now (a
 * member demoted while offline). Nothing is thrown away silently: the viewer can keep this device's
 * version as a file, then switch to the shared one.
 */
export function RefusedChangesNotice({ doc, plan, onDiscard }: RefusedChangesNoticeProps) {
  const { t } = useTranslation('plans');
  const [isBusy, setIsBusy] = useState(false);
  return (
    <div role="alert" className="alert alert--warning">
      <p>{t('refused.text')}</p>
      <div className="alert__actions">
        <button
          type="button"
          className="button button--secondary"
          onClick={() => void saveDeviceCopy(doc, plan)}
        >
          {t('refused.save')}
        </button>
        <button
          type="button"
          className="button button--secondary"
          disabled={isBusy}
          onClick={() => {
            setIsBusy(true);
            void onDiscard();
          }}
        >
          {t('refused.discard')}
        </button>
      </div>
    </div>
  );
}
