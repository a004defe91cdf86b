import { Suspense, useId } from 'react';
import { Redirect, useParams } from 'wouter';
import { useTranslation } from 'react-i18next';
import type { PartnershipResponse } from '@jumelage/contracts/partnerships';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { Loading } from '../../components/Loading.tsx';
import { LoadErrorBoundary } from '../../components/LoadErrorBoundary.tsx';
import { StatusPage } from '../../components/StatusPage.tsx';
import { path } from '../../lib/api.ts';
import { useResource } from '../../lib/useResource.ts';
import { partnershipUrl } from './partnerships.api.ts';
import { SpaceHeader } from './SpaceHeader.tsx';
import { SpaceTabs } from './SpaceTabs.tsx';
import { isSpaceTab, tabPanels, visibleTabs } from './spaceTabs.ts';

/** One partnership's private space: header, section tabs and the open section (/p/:id/:tab). */
export function PartnershipSpacePage() {
  const { t } = useTranslation();
  const { id = '', tab } = useParams<{ id: string; tab: string }>();
  const headingId = useId();
  const { data, error, isLoading, reload } = useResource<PartnershipResponse>(partnershipUrl(id));

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
      <SpaceHeader partnership={partnership} section={t(`space.tabs.${tab}`)} />
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
