import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Locale } from '@jumelage/contracts/constants';
import type { PlanVersion, PlanVersionDetail } from '@jumelage/contracts/plans';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { useResource } from '../../../lib/useResource.ts';
import { versionUrl } from '../plans.api.ts';
import { VersionContent } from './VersionContent.tsx';
import { useVersionLabel } from './versionLabel.ts';

interface VersionDialogProps {
  planId: string;
  planLocale: Locale;
  /** The version to show; null keeps the dialog closed. */
  version: PlanVersion | null;
  canRestore: boolean;
  onRestore: (version: PlanVersion) => void;
  onClose: () => void;
}

/** One saved version, read-only, in a large modal dialog; editors can restore it from there. */
export function VersionDialog({
  planId,
  planLocale,
  version,
  canRestore,
  onRestore,
  onClose,
}: VersionDialogProps) {
  const { t } = useTranslation('plans');
  const labelOf = useVersionLabel();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const detail = useResource<{ data: PlanVersionDetail }>(
    version ? versionUrl(planId, version.id) : null,
  );

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (version && !dialog.open) dialog.showModal();
    if (!version && dialog.open) dialog.close();
  }, [version]);

  return (
    <dialog
      ref={ref}
      className="dialog dialog--wide version-dialog"
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
      // Chrome may close without a cancel event (Escape without a prior click): keep the state in step.
      onClose={() => {
        if (version) onClose();
      }}
    >
      <h2 id={titleId}>{version ? t('versions.viewing', { label: labelOf(version) }) : null}</h2>
      {/* Scrolls on its own, so it takes focus for keyboard scrolling. */}
      <div className="version-dialog__body" role="region" aria-labelledby={titleId} tabIndex={0}>
        {detail.isLoading ? <Loading /> : null}
        <ErrorMessage error={detail.error} onRetry={detail.reload} />
        {detail.data && version ? (
          <VersionContent
            content={detail.data.data.content}
            label={labelOf(version)}
            planLocale={planLocale}
          />
        ) : null}
      </div>
      <div className="dialog__actions">
        {canRestore && version ? (
          <button
            type="button"
            className="button button--secondary"
            onClick={() => onRestore(version)}
          >
            {t('versions.restore')}
          </button>
        ) : null}
        <button type="button" className="button button--primary" onClick={onClose}>
          {t('versions.close')}
        </button>
      </div>
    </dialog>
  );
}
