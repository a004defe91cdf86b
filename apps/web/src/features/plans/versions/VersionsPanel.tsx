import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Page } from '@jumelage/contracts/common';
import { planLimits, type Locale } from '@jumelage/contracts/constants';
import type { PlanVersion, PlanVersionChanged } from '@jumelage/contracts/plans';
import { ConfirmDialog } from '../../../components/ConfirmDialog.tsx';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { asApiError, type ApiError } from '../../../lib/api.ts';
import { nameList } from '../../../lib/bidi.ts';
import { useConnectionState } from '../../../lib/connection.ts';
import { useReconnect, useSocketEvent } from '../../../lib/socket.ts';
import { useResource } from '../../../lib/useResource.ts';
import { useFormat } from '../../users/useFormat.ts';
import { renameVersion, restoreVersion, versionsUrl } from '../plans.api.ts';
import { RenameDialog } from '../RenameDialog.tsx';
import { SaveVersionForm } from './SaveVersionForm.tsx';
import { VersionDialog } from './VersionDialog.tsx';
import { useVersionLabel } from './versionLabel.ts';
import '../../../styles/plan-versions.css';

interface VersionsPanelProps {
  id: string;
  planId: string;
  /** The plan's language, in which its versions are read. */
  planLocale: Locale;
  canEdit: boolean;
  /** Waits until this device's changes are saved (a version is taken from the server's copy). */
  whenSaved: () => Promise<void>;
  /** Escape inside the panel (not in one of its dialogs) closes it. */
  onClose: () => void;
}

/** Named versions: save, view, rename and restore them (a restore is a new change everyone sees live). */
export function VersionsPanel(props: VersionsPanelProps) {
  const { id, planId, planLocale, canEdit, whenSaved, onClose } = props;
  const { t } = useTranslation('plans');
  const format = useFormat();
  const labelOf = useVersionLabel();
  const headingId = useId();
  const offlineId = useId();
  // Offline, the server's answers cannot come: one note says so instead of an error per request.
  const isOnline = useConnectionState() === 'online';
  const versions = useResource<Page<PlanVersion>>(versionsUrl(planId));
  const [viewing, setViewing] = useState<PlanVersion | null>(null);
  const [toRestore, setToRestore] = useState<PlanVersion | null>(null);
  const [toRename, setToRename] = useState<PlanVersion | null>(null);
  const [isRestoring, setIsRestoring] = useState(false);
  const [status, setStatus] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);

  const isRestored = useRef(false);

  // Opened from the editor's bar: on a narrow screen the panel is below the whole text, so focus
  // (and the view) moves to it.
  useEffect(() => headingRef.current?.focus(), []);
  // After a restore, focus comes back here once the confirmation has closed (closing it returns
  // focus to its opener, which may have been in the version's dialog that is gone now).
  useEffect(() => {
    if (toRestore !== null || !isRestored.current) return;
    isRestored.current = false;
    headingRef.current?.focus();
  }, [toRestore]);

  const { update, reload } = versions;
  const addVersion = useCallback(
    (version: PlanVersion) =>
      update((page) =>
        page.data.some((listed) => listed.id === version.id)
          ? page
          : { ...page, data: [version, ...page.data] },
      ),
    [update],
  );
  /** A version changed here or elsewhere, in the list and in its open view. */
  const replaceVersion = useCallback(
    (version: PlanVersion) => {
      update((page) => ({
        ...page,
        data: page.data.map((listed) => (listed.id === version.id ? version : listed)),
      }));
      setViewing((shown) => (shown?.id === version.id ? version : shown));
    },
    [update],
  );
  /** A version renamed here or elsewhere. */
  const putVersion = useCallback(
    (version: PlanVersion) => {
      replaceVersion(version);
      setStatus(t('versions.renamed', { label: labelOf(version) }));
    },
    [replaceVersion, t, labelOf],
  );
  // Versions others save or rename change live, and so does a kept version that text sent late
  // into what its restore removed was added to (who wrote it shows); after a lost connection the
  // list is read again.
  usePlanVersionEvent('planVersion:updated', planId, replaceVersion);
  usePlanVersionEvent('planVersion:renamed', planId, putVersion);
  usePlanVersionEvent(
    'planVersion:created',
    planId,
    useCallback(
      (version: PlanVersion) => {
        addVersion(version);
        setStatus(t('versions.savedBy', { name: version.createdBy.name, label: labelOf(version) }));
      },
      [addVersion, t, labelOf],
    ),
  );
  useReconnect(reload);
  // Back online after a short outage that the live socket did not notice: the list read meanwhile
  // failed, and the note promised it would appear.
  const wasOnline = useRef(isOnline);
  useEffect(() => {
    if (isOnline && !wasOnline.current) reload();
    wasOnline.current = isOnline;
  }, [isOnline, reload]);

  const restore = async (version: PlanVersion) => {
    setIsRestoring(true);
    setError(null);
    try {
      await restoreVersion(planId, version.id);
      // The version keeping the replaced text is announced to the others: read it here.
      reload();
      setStatus(t('versions.restored', { label: labelOf(version) }));
      setViewing(null);
      isRestored.current = true;
    } catch (thrown) {
      setError(asApiError(thrown));
    } finally {
      setIsRestoring(false);
      setToRestore(null);
    }
  };

  const list = versions.data?.data;
  return (
    <section
      id={id}
      className="plan-versions"
      aria-labelledby={headingId}
      onKeyDown={(event) => {
        const { target } = event;
        const isInDialog = target instanceof Element && target.closest('dialog');
        // A version name being typed is not thrown away with the panel.
        const name = event.currentTarget.querySelector('input[name="label"]');
        const holdsText = name instanceof HTMLInputElement && name.value !== '';
        const isClosing = event.key === 'Escape' && !event.nativeEvent.isComposing;
        if (isClosing && !event.defaultPrevented && !isInDialog && !holdsText) onClose();
      }}
    >
      <h2 id={headingId} ref={headingRef} tabIndex={-1}>
        {t('versions.title')}
      </h2>
      <p role="status" className="plan-versions__status">
        {status}
      </p>
      <ErrorMessage error={error} />
      {isOnline ? null : (
        <p
          id={offlineId}
          className="plan-versions__offline"
          hidden={!canEdit && list !== undefined}
        >
          {canEdit
            ? t(list ? 'versions.offline' : 'versions.offlineNoList')
            : t('versions.offlineList')}
        </p>
      )}
      {canEdit ? (
        <SaveVersionForm
          planId={planId}
          whenSaved={whenSaved}
          unavailableId={isOnline ? undefined : offlineId}
          onSaved={(version) => {
            addVersion(version);
            setStatus(t('versions.saved', { label: labelOf(version) }));
          }}
        />
      ) : null}
      {!list && versions.isLoading ? <Loading /> : null}
      {isOnline ? <ErrorMessage error={versions.error} onRetry={versions.reload} /> : null}
      {list && list.length === 0 ? (
        <p className="plan-versions__empty">{t('versions.empty')}</p>
      ) : null}
      {list && list.length > 0 ? (
        <ul className="plan-versions__list">
          {list.map((version) => (
            <li key={version.id} className="plan-versions__item">
              {/* Isolated, not dir="auto": a German name in the Arabic interface keeps its word
                  order but lines up with its date, at the interface's start. */}
              <span className="plan-versions__label">
                <bdi>{labelOf(version)}</bdi>
              </span>
              <span className="plan-versions__meta">
                {t('versions.by', {
                  name: version.createdBy.name,
                  when: format.dateTime(version.createdAt),
                })}
              </span>
              {/* Whose text, sent after the restore into what it removed, is kept here. */}
              {version.lateEditors.length > 0 ? (
                <span className="plan-versions__meta">
                  {t('versions.lateBy', {
                    names: nameList(
                      version.lateEditors.map((editor) => editor.name),
                      format.locale,
                    ),
                  })}
                </span>
              ) : null}
              <div className="plan-versions__actions">
                <button
                  type="button"
                  className="button button--secondary"
                  aria-label={t('versions.viewLabel', { label: labelOf(version) })}
                  onClick={() => setViewing(version)}
                >
                  {t('versions.view')}
                </button>
                {canEdit
                  ? (['rename', 'restore'] as const).map((action) => (
                      <button
                        key={action}
                        type="button"
                        className="button button--secondary"
                        aria-label={t(`versions.${action}Label`, { label: labelOf(version) })}
                        aria-disabled={!isOnline}
                        aria-describedby={isOnline ? undefined : offlineId}
                        onClick={() => {
                          if (!isOnline) return;
                          if (action === 'rename') setToRename(version);
                          else setToRestore(version);
                        }}
                      >
                        {t(`versions.${action}`)}
                      </button>
                    ))
                  : null}
              </div>
            </li>
          ))}
        </ul>
      ) : null}
      <VersionDialog
        planId={planId}
        planLocale={planLocale}
        version={viewing}
        canRestore={canEdit && isOnline}
        onRestore={setToRestore}
        onClose={() => setViewing(null)}
      />
      <RenameDialog
        current={toRename ? labelOf(toRename) : null}
        title={t('versions.renameTitle')}
        fieldLabel={t('versions.labelField')}
        name="label"
        max={planLimits.versionLabelLength}
        onCancel={() => setToRename(null)}
        rename={async (label) => {
          if (!toRename) return;
          putVersion(await renameVersion(planId, toRename.id, { label }));
          setToRename(null);
        }}
      />
      <ConfirmDialog
        isOpen={toRestore !== null}
        title={t('versions.restoreTitle')}
        confirmLabel={t('versions.restoreConfirm')}
        isBusy={isRestoring}
        onConfirm={() => {
          if (toRestore && !isRestoring) void restore(toRestore);
        }}
        onCancel={() => setToRestore(null)}
      >
        <p>{t('versions.restoreText', { label: toRestore ? labelOf(toRestore) : '' })}</p>
      </ConfirmDialog>
    </section>
  );
}

/** A live event about a version of this plan (`onVersion` must keep its identity). */
function usePlanVersionEvent(
  event: 'planVersion:created' | 'planVersion:renamed' | 'planVersion:updated',
  planId: string,
  onVersion: (version: PlanVersion) => void,
): void {
  useSocketEvent(
    event,
    useCallback(
      (changed: PlanVersionChanged) => {
        if (changed.planId === planId) onVersion(changed.version);
      },
      [planId, onVersion],
    ),
  );
}
