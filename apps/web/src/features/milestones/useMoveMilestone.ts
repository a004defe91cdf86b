import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Milestone } from '@jumelage/contracts/milestones';
import { asApiError, type ApiError } from '../../lib/api.ts';
import { positionBetween } from './board.ts';
import { currentMilestoneOf, updateMilestone } from './milestones.api.ts';
import type { MoveTarget } from './moves.ts';
import type { MilestoneBoard } from './useMilestoneBoard.ts';

export type MoveProblem =
  | { kind: 'conflict'; mine: Milestone; current: Milestone }
  | { kind: 'failed'; mine: Milestone; error: ApiError };

/**
 * Moves a card at once (optimistic) and saves status + position with the version it was read at.
 * A 409 puts the server's current milestone in place and reports what changed; any other failure
 * puts the card back where it was, unless its own event already showed the move made (an answer
 * lost on the way back); the notice then goes too (`visibleProblem`).
 */
export function useMoveMilestone(board: MilestoneBoard, announce: (message: string) => void) {
  const { t } = useTranslation('milestones');
  const { put, rollBack, remove } = board;
  const [busyIds, setBusyIds] = useState<ReadonlySet<string>>(() => new Set());
  const [problem, setProblem] = useState<MoveProblem | null>(null);

  const setBusy = (id: string, isBusy: boolean) =>
    setBusyIds((ids) => {
      const next = new Set(ids);
      if (isBusy) next.add(id);
      else next.delete(id);
      return next;
    });

  /** `wasAnnounced`: a drag's drop already said where the card went, so success is said briefly. */
  const move = useCallback(
    async (milestone: Milestone, target: MoveTarget, wasAnnounced = false) => {
      const { status, before, after, place } = target;
      const position = positionBetween(before?.position ?? null, after?.position ?? null);
      setProblem(null);
      put({ ...milestone, status, position });
      setBusy(milestone.id, true);
      try {
        const saved = await updateMilestone(milestone.id, {
          version: milestone.version,
          status,
          position,
        });
        put(saved);
        announce(
          wasAnnounced
            ? t('board.movedSaved', { title: saved.title })
            : t('board.moved', { title: saved.title, column: t(`status.${status}`), ...place }),
        );
      } catch (thrown) {
        const error = asApiError(thrown);
        const current = currentMilestoneOf(error);
        if (current) {
          put(current);
          setProblem({ kind: 'conflict', mine: milestone, current });
        } else {
          if (error.code === 'not_found') remove(milestone.id);
          else rollBack(milestone);
          setProblem({ kind: 'failed', mine: milestone, error });
        }
      } finally {
        setBusy(milestone.id, false);
      }
    },
    [put, rollBack, remove, announce, t],
  );

  return {
    move,
    busyIds,
    problem: visibleProblem(problem, board.milestones),
    dismissProblem: useCallback(() => setProblem(null), []),
  };
}

/**
 * A failed move is no longer news once the card has a newer version than the one moved: the move
 * was made after all (its answer was lost), or someone else changed the card since.
 */
function visibleProblem(problem: MoveProblem | null, milestones: Milestone[] | undefined) {
  if (problem?.kind !== 'failed') return problem;
  const current = milestones?.find((m) => m.id === problem.mine.id);
  return current && current.version > problem.mine.version ? null : problem;
}
