import { Suspense, useCallback, useEffect } from 'react';
import { Link, useParams } from 'wouter';
import { useTranslation } from 'react-i18next';
import type { PartnershipResponse } from '@jumelage/contracts/partnerships';
import type { PlanChanged, PlanResponse } from '@jumelage/contracts/plans';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { Loading } from '../../components/Loading.tsx';
import { LoadErrorBoundary } from '../../components/LoadErrorBoundary.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { StatusPage } from '../../components/StatusPage.tsx';
import { path } from '../../lib/api.ts';
import { useReadOnlyPage } from '../../lib/readOnlyPage.ts';
import { useSocketEvent } from '../../lib/socket.ts';
import { useResource } from '../../lib/useResource.ts';
import { useSession } from '../auth/session.tsx';
import { partnershipUrl } from '../partnerships/partnerships.api.ts';
import { collabEditorChunk } from './editorChunk.ts';
import { planUrl } from './plans.api.ts';
import { PlanReadingView } from './PlanReadingView.tsx';

const { Page: CollabEditor } = collabEditorChunk;

/** One plan inside its partnership's space (/p/:id/plans/:planId); the editor chunk loads after. */
export function PlanPage() {
  const { t } = useTranslation('plans');
  const { id = '', planId = '' } = useParams<{ id: string; planId: string }>();
  const { user } = useSession();
  const partnership = useResource<PartnershipResponse>(partnershipUrl(id));
  const plan = useResource<PlanResponse>(planUrl(planId));
  const { update } = plan;

  // Someone renamed the plan: the heading follows.
  const onUpdated = useCallback(
    (event: PlanChanged) => {
      if (event.plan.id === planId) update((current) => ({ ...current, data: event.plan }));
    },
    [planId, update],
  );
  useSocketEvent('plan:updated', onUpdated);
  useReadOnlyPage(plan.data ? !plan.data.abilities.edit : false);

  // Opened from a link, not the list: the editor chunk downloads while the plan is being fetched.
  useEffect(() => {
    void collabEditorChunk.preload().catch(() => undefined);
  }, []);

  if (!plan.data || !user) {
    if (plan.isLoading) return <Loading />;
    if (plan.error?.code === 'not_found') return <StatusPage kind="notFound" />;
    return <ErrorMessage error={plan.error} onRetry={plan.reload} />;
  }
  const { data, abilities } = plan.data;
  if (data.partnershipId !== id) return <StatusPage kind="notFound" />;

  return (
    <div className="page plan-page">
      <p className="plan-page__back">
        <Link href={path`/p/${id}/plans`}>
          {partnership.data
            ? t('page.backTo', { partnership: partnership.data.data.name })
            : t('page.back')}
        </Link>
      </p>
      {/* The title is in the plan's language, as in the list (WCAG 3.1.2). */}
      <PageHeading title={data.title} within={partnership.data?.data.name} lang={data.locale} />
      <LoadErrorBoundary resetKey={planId}>
        <Suspense fallback={<PlanReadingView plan={data} />}>
          <CollabEditor
            plan={data}
            canEdit={abilities.edit}
            user={{ id: user.id, name: user.name }}
            onAccessChanged={plan.reload}
          />
        </Suspense>
      </LoadErrorBoundary>
    </div>
  );
}
