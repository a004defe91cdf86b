import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import type { Plan } from '@jumelage/contracts/plans';
import { ConfirmDialog } from '../../../components/ConfirmDialog.tsx';

type Progress = 'discarding' | 'blocked' | 'failed' | 'saveFailed';

interface RefusedChangesNoticeProps {
  doc: Y.Doc;
  plan: Plan;
  onDiscard: (onBlocked: () => void) => Promise<void>;
}

/** Offers this device's version as the same printable HTML page (and file name) as the server's export. */
async function saveDeviceCopy(doc: Y.Doc, plan: Plan): Promise<void> {
  // Loaded on demand: the renderer is only needed here.
  const [{ exportFileName, renderHtmlDocument }, { docToNode }] = await Promise.all([
    import('@jumelage/editor/export'),
    import('@jumelage/editor/yjs'),
  ]);
  const html = renderHtmlDocument(docToNode(doc), { title: plan.title, locale: plan.locale });
  const url = URL.createObjectURL(new Blob([html], { type: 'text/html;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = exportFileName(plan.title, 'html');
  link.click();
  // Some browsers read the blob after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/**
 * The server refused changes from this device because the viewer may only read the plan now (a
 * member demoted while offline). Nothing is thrown away silently: the viewer can keep this device's
 * version as a file, then switch to the shared one.
 */
export function RefusedChangesNotice({ doc, plan, onDiscard }: RefusedChangesNoticeProps) {
  const { t } = useTranslation('plans');
  const [progress, setProgress] = useState<Progress | null>(null);
  const [hasSaved, setHasSaved] = useState(false);
  const [isConfirming, setIsConfirming] = useState(false);
  const isDiscarding = progress === 'discarding' || progress === 'blocked';
  const discard = () => {
    setIsConfirming(false);
    setProgress('discarding');
    onDiscard(() => setProgress('blocked')).catch(() => setProgress('failed'));
  };
  return (
    <div className="alert alert--warning">
      <p role="alert">{t('refused.text')}</p>
      <div className="alert__actions">
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            saveDeviceCopy(doc, plan).then(
              () => setHasSaved(true),
              () => setProgress('saveFailed'),
            );
          }}
        >
          {t('refused.save')}
        </button>
        <button
          type="button"
          className="button button--secondary"
          aria-disabled={isDiscarding}
          onClick={() => {
            if (isDiscarding) return;
            // Deleting what was never saved elsewhere is asked for once more.
            if (hasSaved) discard();
            else setIsConfirming(true);
          }}
        >
          {t('refused.discard')}
        </button>
      </div>
      {progress === 'blocked' || progress === 'failed' || progress === 'saveFailed' ? (
        <p role="status">{t(`refused.${progress}`)}</p>
      ) : null}
      <ConfirmDialog
        isOpen={isConfirming}
        title={t('refused.confirmTitle')}
        confirmLabel={t('refused.confirm')}
        onConfirm={discard}
        onCancel={() => setIsConfirming(false)}
      >
        <p>{t('refused.confirmText')}</p>
      </ConfirmDialog>
    </div>
  );
}
