import { useCallback, useEffect } from 'react';
import type { Milestone, MilestoneChanged, MilestoneDeleted } from '@jumelage/contracts/milestones';
import { useReconnect, useSocket, useSocketEvent } from '../../lib/socket.ts';
import { useResource } from '../../lib/useResource.ts';
import { applyIfNewer, removeMilestone, replaceMilestone, rollBack } from './board.ts';
import { milestonesUrl, type MilestoneList } from './milestones.api.ts';

/**
 * A partnership's milestones, kept current: changes arrive over the socket, this tab's own too (a
 * version this tab already has is ignored, so nothing is applied twice) and the list is fetched again
 * whenever events may have been missed (first connect after the fetch, every reconnect).
 */
export function useMilestoneBoard(partnershipId: string) {
  const list = useResource<MilestoneList>(milestonesUrl(partnershipId));
  const { update, reload } = list;
  const isLoaded = list.data !== undefined;

  // An event that arrives before the list has nothing to apply to: fetch the list afresh instead.
  const change = useCallback(
    (apply: (milestones: Milestone[]) => Milestone[]) => {
      if (isLoaded) update((page) => ({ ...page, data: apply(page.data) }));
      else reload();
    },
    [isLoaded, update, reload],
  );

  const onChanged = useCallback(
    (event: MilestoneChanged) => {
      if (event.partnershipId === partnershipId)
        change((all) => applyIfNewer(all, event.milestone));
    },
    [partnershipId, change],
  );
  const onDeleted = useCallback(
    (event: MilestoneDeleted) => {
      if (event.partnershipId === partnershipId)
        change((all) => removeMilestone(all, event.milestoneId));
    },
    [partnershipId, change],
  );
  useSocketEvent('milestone:created', onChanged);
  useSocketEvent('milestone:updated', onChanged);
  useSocketEvent('milestone:deleted', onDeleted);
  useReconnect(reload);
  // The socket usually connects after the first fetch: whatever changed in between is fetched once.
  const socket = useSocket();
  useEffect(() => {
    if (!socket || socket.connected) return;
    socket.once('connect', reload);
    return () => {
      socket.off('connect', reload);
    };
  }, [socket, reload]);

  return {
    milestones: list.data?.data,
    abilities: list.data?.abilities,
    error: list.error,
    isLoading: list.isLoading,
    reload,
    /** Puts a known state in place: a move shown at once, or the server's answer to a write. */
    put: useCallback(
      (milestone: Milestone) => change((all) => replaceMilestone(all, milestone)),
      [change],
    ),
    /** Puts a card back as it was before a failed move (`rollBack`). */
    rollBack: useCallback(
      (milestone: Milestone) => change((all) => rollBack(all, milestone)),
      [change],
    ),
    remove: useCallback((id: string) => change((all) => removeMilestone(all, id)), [change]),
  };
}

export type MilestoneBoard = ReturnType<typeof useMilestoneBoard>;
