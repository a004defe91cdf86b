import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Plan } from '@jumelage/contracts/plans';
import { Loading } from '../../../components/Loading.tsx';
import { VersionsPanel } from '../versions/VersionsPanel.tsx';
import { ClosedNotice } from './ClosedNotice.tsx';
import { EditorSurface } from './EditorSurface.tsx';
import { ExportLinks } from './ExportLinks.tsx';
import { KeyboardHelp } from './KeyboardHelp.tsx';
import { useWhenSaved } from './useWhenSaved.ts';
import { PresenceList } from './PresenceList.tsx';
import { RefusedChangesNotice } from './RefusedChangesNotice.tsx';
import { RestoreNotice } from './RestoreNotice.tsx';
import { useRestoreNotice } from './restores.ts';
import { SyncStatusLine } from './SyncStatusLine.tsx';
import { useCollabSession, type CollabSession } from './useCollabSession.ts';
import { useCollabStatus } from './useCollabStatus.ts';
import type { ClosedReason } from './syncStatus.ts';
import '../../../styles/plan-editor.css';

const goneReasons = new Set<ClosedReason>([
  'accessRevoked',
  'planDeleted',
  'notFound',
  'sessionEnded',
]);

export interface CollabEditorProps {
  plan: Plan;
  /** From the plan abilities: without it the document is shown live but read-only. */
  canEdit: boolean;
  user: { id: string; name: string };
  /** Called when the server says our rights changed (the plan's abilities should be reloaded). */
  onAccessChanged?: () => void;
}

/** The editing area of a plan page: the lazily loaded chunk with TipTap, Yjs and their providers. */
export function CollabEditor({ plan, canEdit, user, onAccessChanged }: CollabEditorProps) {
  const { t } = useTranslation('plans');
  const session = useCollabSession(plan.id, user.id);
  if (!session) return <Loading label={t('status.connecting')} />;
  return (
    <CollabWorkspace
      key={session.doc.guid}
      session={session}
      plan={plan}
      canEdit={canEdit}
      user={user}
      onAccessChanged={onAccessChanged}
    />
  );
}

function CollabWorkspace({
  session,
  plan,
  canEdit,
  user,
  onAccessChanged,
}: CollabEditorProps & { session: CollabSession }) {
  const { t } = useTranslation('plans');
  const state = useCollabStatus(plan.id, session, !canEdit, onAccessChanged);
  const [isVersionsOpen, setIsVersionsOpen] = useState(false);
  const [isExportWaiting, setIsExportWaiting] = useState(false);
  const whenSaved = useWhenSaved(state.status);
  const [restore, dismissRestore] = useRestoreNotice(session);
  const versionsId = useId();
  const versionsButton = useRef<HTMLButtonElement>(null);
  // Versions and exports of a plan that is gone (or closed to us) would only answer 404.
  const isGone = state.closedReason !== null && goneReasons.has(state.closedReason);

  return (
    <div className="plan-editor">
      <div className="plan-editor__bar">
        <SyncStatusLine state={state} isReadOnly={!canEdit} isExportWaiting={isExportWaiting} />
        {/* Nobody is here together any more once the plan is gone. */}
        {isGone ? null : <PresenceList awareness={session.provider.awareness} selfId={user.id} />}
        {isGone ? null : (
          <div className="plan-editor__actions">
            <button
              ref={versionsButton}
              type="button"
              className="button button--secondary"
              aria-expanded={isVersionsOpen}
              aria-controls={versionsId}
              onClick={() => setIsVersionsOpen((isOpen) => !isOpen)}
            >
              {t('versions.title')}
            </button>
            <ExportLinks
              planId={plan.id}
              status={state.status}
              onWaitingChange={setIsExportWaiting}
            />
            {canEdit ? <KeyboardHelp /> : null}
          </div>
        )}
      </div>
      {state.closedReason ? (
        <ClosedNotice
          reason={state.closedReason}
          partnershipId={plan.partnershipId}
          onReconnect={state.reconnect}
        />
      ) : null}
      <RestoreNotice arrival={restore} selfId={user.id} onDismiss={dismissRestore} />
      {state.hasRefusedChanges ? (
        <RefusedChangesNotice doc={session.doc} plan={plan} onDiscard={state.discardLocalChanges} />
      ) : null}
      {/* Once the plan is closed to us (deleted, access revoked…), nothing is followed live any more. */}
      {canEdit || state.closedReason ? null : (
        <p className="plan-editor__hint">{t('status.readOnlyHint')}</p>
      )}
      <div
        className={
          isVersionsOpen ? 'plan-editor__body plan-editor__body--with-panel' : 'plan-editor__body'
        }
      >
        <EditorSurface
          session={session}
          plan={plan}
          user={user}
          isEditable={canEdit && state.hasDocument && state.closedReason === null}
          hasDocument={state.hasDocument}
          isOffline={state.status === 'offline'}
          closedReason={state.closedReason}
        />
        {isVersionsOpen ? (
          <VersionsPanel
            id={versionsId}
            planId={plan.id}
            planLocale={plan.locale}
            canEdit={canEdit}
            whenSaved={whenSaved}
            onClose={() => {
              setIsVersionsOpen(false);
              versionsButton.current?.focus();
            }}
          />
        ) : null}
      </div>
    </div>
  );
}
