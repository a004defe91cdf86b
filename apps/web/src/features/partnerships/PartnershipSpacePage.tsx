import { Suspense, useCallback, useId, useState } from 'react';
import { Redirect, useParams } from 'wouter';
import { useTranslation } from 'react-i18next';
import type { MembershipRole } from '@jumelage/contracts/constants';
import type { PartnershipResponse } from '@jumelage/contracts/partnerships';
import type { PartnershipRef } from '@jumelage/contracts/realtime';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { Loading } from '../../components/Loading.tsx';
import { LoadErrorBoundary } from '../../components/LoadErrorBoundary.tsx';
import { StatusPage } from '../../components/StatusPage.tsx';
import { path } from '../../lib/api.ts';
import { useSocketEvent } from '../../lib/socket.ts';
import { useReadOnlyPage } from '../../lib/readOnlyPage.ts';
import { useDialogOpenings } from '../../lib/useDialogOpenings.ts';
import { useResource } from '../../lib/useResource.ts';
import { useCurrentUser } from '../auth/session.tsx';
import { EditPartnershipDialog } from './EditPartnershipDialog.tsx';
import { partnershipUrl } from './partnerships.api.ts';
import { SpaceHeader } from './SpaceHeader.tsx';
import { SpaceTabs } from './SpaceTabs.tsx';
import { isSpaceTab, tabPanels, visibleTabs } from './spaceTabs.ts';
import { forgetPartnership } from '../plans/offlineCopies.ts';
import { collectUnsavedWork, type UnsavedText } from '../../lib/unsavedWork.ts';
import { useMemberChanges } from './useMemberChanges.ts';

interface MembershipChange {
  id: string;
  isRemoval: boolean;
  roleBefore: MembershipRole | null;
  /** Removed: what the viewer had typed and not saved in the space, offered to copy. */
  kept: UnsavedText[];
}

/**
 * One partnership's private space: header, section tabs and the open section (/p/:id/:tab). A
 * change to the viewer's own membership made elsewhere shows at once: a new role reloads what
 * they may do (and says so), a removal closes the space.
 */
export function PartnershipSpacePage() {
  const { t } = useTranslation();
  const { id = '', tab } = useParams<{ id: string; tab: string }>();
  const headingId = useId();
  const viewer = useCurrentUser();
  const { data, error, isLoading, reload, update } = useResource<PartnershipResponse>(
    partnershipUrl(id),
  );
  /** The viewer's membership changed elsewhere while this partnership was open (role before). */
  const [changed, setChanged] = useState<MembershipChange | null>(null);
  useMemberChanges(id, ({ userId, isRemoval }) => {
    if (userId !== viewer.id) return;
    // Read before the space goes: its open forms unmount with it.
    const kept = isRemoval ? collectUnsavedWork(`${id}/`, t('status.kept.unsentMessage')) : [];
    setChanged({ id, isRemoval, roleBefore: data?.data.myRole ?? null, kept });
    if (isRemoval) void forgetPartnership(id, viewer.id);
    if (!isRemoval) reload();
  });
  const change = changed?.id === id ? changed : null;
  /** Each opening of the edit dialog starts from the partnership as it is then (a new mount). */
  const editing = useDialogOpenings();
  // Name, themes, description, dates or status changed by an owner elsewhere (not in this tab:
  // the server leaves out the socket that sent the change, as for every other event).
  const onPartnershipUpdated = useCallback(
    (event: PartnershipRef) => {
      if (event.partnershipId === id) reload();
    },
    [id, reload],
  );
  useSocketEvent('partnership:updated', onPartnershipUpdated);
  useReadOnlyPage(data ? !data.abilities.editPlans && !data.abilities.chat : false);

  if (change?.isRemoval) return <StatusPage kind="noLongerMember" kept={change.kept} />;
  if (!data) {
    if (isLoading) return <Loading />;
    if (error?.code === 'not_found') return <StatusPage kind="notFound" />;
    return <ErrorMessage error={error} onRetry={reload} />;
  }

  const { data: partnership, abilities } = data;
  const tabs = visibleTabs(abilities);
  const [firstTab] = tabs;
  if (!isSpaceTab(tab) || !firstTab) return <StatusPage kind="notFound" />;
  if (!tabs.includes(tab)) return <Redirect to={path`/p/${id}/${firstTab}`} replace />;

  const { Page: TabPanel } = tabPanels[tab];
  return (
    <div className="page">
      <SpaceHeader
        partnership={partnership}
        section={t(`space.tabs.${tab}`)}
        {...(abilities.update ? { onEdit: editing.open } : {})}
      />
      {abilities.update ? (
        <EditPartnershipDialog
          key={editing.key}
          partnership={partnership}
          isOpen={editing.isOpen}
          onClose={editing.close}
          onSaved={(saved) => {
            editing.close();
            update(() => saved);
          }}
        />
      ) : null}
      <div role="status" className="space-notice">
        {change && partnership.myRole && partnership.myRole !== change.roleBefore ? (
          <p className="alert">
            {t('space.membershipChanged', { role: t(`roles.${partnership.myRole}`) })}
          </p>
        ) : null}
      </div>
      <SpaceTabs partnershipId={id} tabs={tabs} current={tab} />
      <section className="tab-panel" aria-labelledby={headingId}>
        <h2 id={headingId}>{t(`space.tabs.${tab}`)}</h2>
        <LoadErrorBoundary resetKey={tab}>
          <Suspense fallback={<Loading />}>
            <TabPanel partnership={partnership} abilities={abilities} />
          </Suspense>
        </LoadErrorBoundary>
      </section>
    </div>
  );
}
