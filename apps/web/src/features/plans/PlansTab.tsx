import { useEffect, useRef, useState } from 'react';
import { useLocation } from 'wouter';
import { useTranslation } from 'react-i18next';
import { planLimits } from '@jumelage/contracts/constants';
import type { Plan } from '@jumelage/contracts/plans';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { EmptyState } from '../../components/EmptyState.tsx';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { Loading } from '../../components/Loading.tsx';
import { LoadMoreButton } from '../../components/LoadMoreButton.tsx';
import { asApiError, path, type ApiError } from '../../lib/api.ts';
import { useDialogOpenings } from '../../lib/useDialogOpenings.ts';
import { useLoadMore } from '../../lib/useLoadMore.ts';
import type { SpaceTabProps } from '../partnerships/spaceTabs.ts';
import { NewPlanDialog } from './NewPlanDialog.tsx';
import { PlanListItem } from './PlanListItem.tsx';
import { RenameDialog } from './RenameDialog.tsx';
import { removePlan, upsertPlan } from './planList.ts';
import { planAfterDeletion } from './focusAfterDelete.ts';
import { deletePlan, renamePlan } from './plans.api.ts';
import { usePlans } from './usePlans.ts';

/** The partnership's plans, live; members create and rename them, owners delete them. */
export function PlansTab({ partnership, abilities: spaceAbilities }: SpaceTabProps) {
  const { t } = useTranslation('plans');
  const [, navigate] = useLocation();
  const plans = usePlans(partnership.id);
  // Each opening of "new plan" is a new dialog, with a new id for the plan it creates.
  const creating = useDialogOpenings();
  const [toRename, setToRename] = useState<Plan | null>(null);
  const [toDelete, setToDelete] = useState<Plan | null>(null);
  const [isDeleting, setIsDeleting] = useState(false);
  const [status, setStatus] = useState('');
  const [actionError, setActionError] = useState<ApiError | null>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const newPlanRef = useRef<HTMLButtonElement>(null);
  // Set when a plan was deleted: the plan whose link takes the focus next (null: none is left).
  const focusAfterDeletion = useRef<{ planId: string | null } | null>(null);

  // After the render that removed the plan and closed the dialog: the dialog gave the focus back
  // to the plan's delete button, which is gone, so the focus continues at the plan that took its
  // place, else at "new plan", else at the page's main content.
  useEffect(() => {
    const target = focusAfterDeletion.current;
    if (!target) return;
    focusAfterDeletion.current = null;
    const link = target.planId
      ? listRef.current?.querySelector<HTMLElement>(`[data-plan-id="${target.planId}"] a`)
      : null;
    (link ?? listRef.current ?? newPlanRef.current ?? document.getElementById('main'))?.focus();
  });

  const list = plans.data?.data;
  const abilities = plans.data?.abilities;
  const canCreate = abilities?.edit ?? spaceAbilities.editPlans;

  // The focus goes on to the first plan added: the button goes with the last page.
  const loadMore = useLoadMore(plans.loadMore, {
    setStatus,
    message: (count) => t('list.loadedMore', { count }),
    focusTarget: (first) => `[data-plan-id="${first.id}"] a`,
  });

  const remove = async (plan: Plan) => {
    setIsDeleting(true);
    setActionError(null);
    const removed = () => {
      focusAfterDeletion.current = { planId: planAfterDeletion(list ?? [], plan.id) };
      plans.change((current) => removePlan(current, plan.id));
      setStatus(t('list.deleted', { title: plan.title }));
    };
    try {
      await deletePlan(plan.id);
      removed();
    } catch (error) {
      const apiError = asApiError(error);
      // Gone already: an earlier delete whose answer was lost on the way back made it. The plan
      // stayed listed, and deleting it again said "not found" and still left it (QA pass).
      if (apiError.code === 'not_found') removed();
      else setActionError(apiError);
    } finally {
      setIsDeleting(false);
      setToDelete(null);
    }
  };

  const newPlanButton = canCreate ? (
    <button
      ref={newPlanRef}
      type="button"
      className="button button--primary"
      onClick={creating.open}
    >
      {t('list.new')}
    </button>
  ) : null;

  return (
    <div className="plans">
      <p role="status" className="visually-hidden">
        {status}
      </p>
      <ErrorMessage error={actionError} />
      <ErrorMessage error={plans.error} onRetry={plans.reload} />
      {!list && plans.isLoading ? <Loading /> : null}
      {list && list.length === 0 ? (
        <EmptyState title={t('list.emptyTitle')} action={newPlanButton} level={3}>
          <p>{canCreate ? t('list.emptyText') : t('list.emptyTextReadOnly')}</p>
        </EmptyState>
      ) : null}
      {list && abilities && list.length > 0 ? (
        <>
          <div className="plans__toolbar">{newPlanButton}</div>
          <ul
            ref={listRef}
            tabIndex={-1}
            className="card-list plan-list"
            aria-label={t('list.label', { count: list.length })}
          >
            {list.map((plan) => (
              <PlanListItem
                key={plan.id}
                plan={plan}
                abilities={abilities}
                onRename={() => setToRename(plan)}
                onDelete={() => setToDelete(plan)}
              />
            ))}
          </ul>
          <ErrorMessage error={plans.loadMoreError} onRetry={() => void loadMore()} />
          {plans.hasMore ? (
            <LoadMoreButton isLoading={plans.isLoadingMore} onLoadMore={loadMore} />
          ) : null}
        </>
      ) : null}
      <NewPlanDialog
        key={creating.key}
        partnershipId={partnership.id}
        isOpen={creating.isOpen}
        onCancel={creating.close}
        onCreated={(plan) => {
          plans.change((current) => upsertPlan(current, plan));
          navigate(path`/p/${partnership.id}/plans/${plan.id}`);
        }}
      />
      <RenameDialog
        current={toRename?.title ?? null}
        title={t('rename.title')}
        fieldLabel={t('rename.name')}
        name="title"
        max={planLimits.titleLength}
        onCancel={() => setToRename(null)}
        rename={async (title) => {
          if (!toRename) return;
          const plan = await renamePlan(toRename.id, title);
          plans.change((current) => upsertPlan(current, plan));
          setToRename(null);
          setStatus(t('list.renamed', { title: plan.title }));
        }}
      />
      <ConfirmDialog
        isOpen={toDelete !== null}
        title={t('list.deleteTitle')}
        confirmLabel={t('list.deleteConfirm')}
        isBusy={isDeleting}
        onConfirm={() => {
          if (toDelete && !isDeleting) void remove(toDelete);
        }}
        onCancel={() => setToDelete(null)}
      >
        <p>{t('list.deleteText', { title: toDelete?.title ?? '' })}</p>
      </ConfirmDialog>
    </div>
  );
}
