import { Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { todayIn } from '@jumelage/contracts/calendarDays';
import { milestoneStatuses } from '@jumelage/contracts/constants';
import type { Page } from '@jumelage/contracts/common';
import type { Member } from '@jumelage/contracts/partnerships';
import { EmptyState } from '../../components/EmptyState.tsx';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { Loading } from '../../components/Loading.tsx';
import { useMinuteClock } from '../../lib/useMinuteClock.ts';
import { useResource } from '../../lib/useResource.ts';
import { useCurrentUser } from '../auth/session.tsx';
import { spaceChannelHref } from '../consultations/consultations.api.ts';
import { membersUrl } from '../partnerships/partnerships.api.ts';
import { useMemberChanges } from '../partnerships/useMemberChanges.ts';
import type { SpaceTabProps } from '../partnerships/spaceTabs.ts';
import { useFormat } from '../users/useFormat.ts';
import { Board } from './Board.tsx';
import { groupByStatus } from './board.ts';
import { createDialog, detailDialog } from './dialogs.ts';
import { hasFilters, matchesFilters, useBoardQuery } from './filters.ts';
import { MilestoneExports } from './MilestoneExports.tsx';
import { MilestoneFilters } from './MilestoneFilters.tsx';
import { MoveProblemNotice } from './MoveProblemNotice.tsx';
import { OwnerLegend } from './OwnerLegend.tsx';
import { ownerDirectory } from './owners.ts';
import { useMilestoneBoard } from './useMilestoneBoard.ts';
import { useMoveMilestone } from './useMoveMilestone.ts';
import { usePrefill } from './usePrefill.ts';
import { usePlanTitles } from './usePlanTitles.ts';
import '../../styles/milestones.css';

/** The partnership's milestone board: filters, four columns, live updates, dialogs and exports. */
export function MilestonesTab({ partnership, abilities }: SpaceTabProps) {
  const { t } = useTranslation('milestones');
  const format = useFormat();
  const today = todayIn(format.timeZone, new Date(useMinuteClock()));
  const board = useMilestoneBoard(partnership.id);
  const members = useResource<Page<Member>>(membersUrl(partnership.id));
  // Owners to choose from follow joins and removals; a new role of one's own changes what the
  // board lets one do (its abilities come with the milestones).
  const viewer = useCurrentUser();
  useMemberChanges(partnership.id, ({ userId }) => {
    members.reload();
    if (userId === viewer.id) board.reload();
  });
  const owners = useMemo(
    () => ownerDirectory(members.data?.data ?? [], partnership.municipalities),
    [members.data, partnership.municipalities],
  );
  const { filters, openId, set, clear } = useBoardQuery();
  const planTitles = usePlanTitles(partnership.id, abilities.readPlans);
  const [announcement, setAnnouncement] = useState('');
  const { move, busyIds, problem, dismissProblem } = useMoveMilestone(board, setAnnouncement);
  const [isCreating, setIsCreating] = useState(false);
  const [, navigate] = useLocation();
  const justCreated = useRef<string | null>(null);
  // The card just made takes the focus as the dialog closes, and so comes into view: it goes to
  // the end of its column, often below the window, and nothing on screen showed that it was made.
  // (A card the board's filters hide is not there; the focus then stays on the button.)
  useEffect(() => {
    const id = justCreated.current;
    if (isCreating || id === null) return;
    justCreated.current = null;
    document.querySelector<HTMLElement>(`[data-milestone-open="${CSS.escape(id)}"]`)?.focus();
  }, [isCreating]);
  const milestoneAbilities = board.abilities ?? {
    update: abilities.manageMilestones,
    delete: abilities.manageMilestones,
  };
  const canEdit = milestoneAbilities.update;
  const { prefill, consume: consumePrefill } = usePrefill(
    canEdit,
    useCallback(() => setIsCreating(true), []),
  );

  const { milestones } = board;
  const all = useMemo(() => groupByStatus(milestones ?? []), [milestones]);
  const shown = useMemo(
    () => (milestones ?? []).filter((m) => matchesFilters(m, filters, today)),
    [milestones, filters, today],
  );
  const visible = useMemo(() => groupByStatus(shown), [shown]);
  const isFiltered = hasFilters(filters);
  const isLoaded = milestones !== undefined;

  useEffect(() => {
    if (isLoaded && canEdit) void createDialog.preload().catch(() => undefined);
    if (isLoaded) void detailDialog.preload().catch(() => undefined);
  }, [isLoaded, canEdit]);

  const newButton = (label: string) => (
    <button type="button" className="button button--primary" onClick={() => setIsCreating(true)}>
      <span aria-hidden="true">+ </span>
      {label}
    </button>
  );

  return (
    <div className="milestones">
      <div className="milestones__toolbar">
        {canEdit ? (
          newButton(t('board.new'))
        ) : (
          <p className="milestones__read-only">{t('board.readOnly')}</p>
        )}
        <MilestoneExports partnershipId={partnership.id} />
      </div>
      {milestones?.length || isFiltered ? (
        <MilestoneFilters
          filters={filters}
          owners={owners}
          isActive={isFiltered}
          onChange={set}
          onClear={clear}
        />
      ) : null}
      <p role="status" className="visually-hidden">
        {announcement}
      </p>
      <p role="status" className="board-result">
        {isFiltered && isLoaded ? t('filters.result', { count: shown.length }) : ''}
      </p>
      <MoveProblemNotice problem={problem} owners={owners} onDismiss={dismissProblem} />
      <ErrorMessage error={board.error} onRetry={board.reload} />
      {!isLoaded && board.isLoading ? <Loading /> : null}
      {isLoaded && milestones.length === 0 ? (
        <EmptyState
          title={t('board.emptyTitle')}
          level={3}
          action={canEdit ? newButton(t('board.addFirst')) : null}
        >
          <p>{canEdit ? t('board.emptyTextEditor') : t('board.emptyTextReader')}</p>
        </EmptyState>
      ) : null}
      {isLoaded && milestones.length > 0 && shown.length === 0 ? (
        <EmptyState
          title={t('board.noMatchTitle')}
          level={3}
          action={
            <button type="button" className="button" onClick={clear} data-focus-when-board-empties>
              {t('filters.clear')}
            </button>
          }
        >
          <p>{t('board.noMatchText')}</p>
        </EmptyState>
      ) : null}
      {isLoaded && shown.length > 0 ? (
        <>
          <OwnerLegend municipalities={partnership.municipalities} />
          <Board
            all={all}
            visible={visible}
            statuses={filters.status ? [filters.status] : milestoneStatuses}
            isFiltered={isFiltered}
            canMove={canEdit}
            busyIds={busyIds}
            owners={owners}
            planTitles={planTitles}
            today={today}
            onMove={move}
            onOpen={(id) => set('milestone', id)}
          />
        </>
      ) : null}
      <Suspense fallback={<Loading />}>
        {isCreating ? (
          <createDialog.Page
            partnershipId={partnership.id}
            owners={owners}
            plans={planTitles}
            initialStatus={filters.status ?? 'planned'}
            prefill={prefill}
            milestones={board.milestones}
            onCreated={(milestone) => {
              board.put(milestone);
              justCreated.current = milestone.id;
              setAnnouncement(
                t('board.created', {
                  title: milestone.title,
                  column: t(`status.${milestone.status}`),
                }),
              );
            }}
            onClose={() => {
              setIsCreating(false);
              consumePrefill();
              // Cancelled a milestone drafted from a chat message: back to that conversation.
              if (justCreated.current === null && prefill?.fromChannel) {
                navigate(spaceChannelHref(partnership.id, prefill.fromChannel), {
                  state: { focusChannel: prefill.fromChannel },
                });
              }
            }}
          />
        ) : null}
        {openId ? (
          <detailDialog.Page
            partnershipId={partnership.id}
            milestoneId={openId}
            milestone={milestones?.find((m) => m.id === openId)}
            isBoardLoaded={isLoaded}
            abilities={milestoneAbilities}
            owners={owners}
            canReadPlans={abilities.readPlans}
            plans={planTitles}
            today={today}
            onSaved={board.put}
            onDeleted={(milestone) => {
              board.remove(milestone.id);
              setAnnouncement(t('board.deleted', { title: milestone.title }));
            }}
            onClose={() => set('milestone', null)}
          />
        ) : null}
      </Suspense>
    </div>
  );
}
