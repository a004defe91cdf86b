import { setImmediate as afterWaitingIo } from 'node:timers/promises';
import type { Request } from 'express';
import type { Plan } from '@jumelage/contracts/plans';
import type { AppContext } from '../../context.ts';
import type { StoredChange } from '../../collab/store.ts';
import { presentPlan } from './plans.presenter.ts';

type Change = 'plan:created' | 'plan:updated';

/** Announces a plan to its partnership's room (members only: coordinators outside it never see plans). */
export function announcePlan(ctx: AppContext, event: Change, plan: Plan, req?: Request): void {
  ctx.realtime.toPartnership(plan.partnershipId, req).emit(event, { partnershipId: plan.partnershipId, plan });
}

export function announcePlanDeleted(ctx: AppContext, partnershipId: string, planId: string, req?: Request): void {
  ctx.realtime.toPartnership(partnershipId, req).emit('plan:deleted', { partnershipId, planId });
}

/**
 * Writes a plan's derived metadata and announces it as `plan:updated`. It runs every few seconds
 * while people type, between relays they wait for, so it is kept to one round trip: a lean
 * record, and the editor's name as their session knows it instead of a lookup.
 */
async function publishStoredChange(ctx: AppContext, planId: string, change: StoredChange): Promise<void> {
  const plan = await ctx.models.Plan.findOneAndUpdate(
    { _id: planId },
    {
      $set: {
        textPreview: change.textPreview(),
        sizeBytes: change.storedBytes,
        updatedAt: change.changedAt,
        updatedBy: change.editor.id,
      },
    },
    { returnDocument: 'after' },
  ).lean();
  if (!plan) return;
  const { id, name } = change.editor;
  announcePlan(ctx, 'plan:updated', presentPlan(plan, new Map([[id, { id, name }]])));
}

/**
 * Turns "changes were stored" (up to ten times a second while people type) into at most one
 * metadata write and `plan:updated` per plan and interval: the first at once, the latest at the end.
 * Three seconds keeps the plan list current enough (preview, "edited by") while the write, the
 * author lookup and the broadcast stay off the relay path of a busy document (they were a visible
 * part of its p99 latency at one per second).
 */
export function createPlanMetaPublisher(ctx: AppContext, intervalMs = 3000) {
  const waiting = new Map<string, { latest: StoredChange | null; timer: NodeJS.Timeout }>();
  const inFlight = new Set<Promise<void>>();

  const publish = (planId: string, change: StoredChange) => {
    // After the I/O already waiting (setImmediate), so relays go first; in flight from now on.
    const run = afterWaitingIo()
      .then(() => publishStoredChange(ctx, planId, change))
      .catch((error: unknown) => ctx.logger.error({ err: error, planId }, 'updating plan metadata failed'));
    inFlight.add(run);
    void run.finally(() => inFlight.delete(run));
  };

  const onStored = (planId: string, _partnershipId: string, change: StoredChange): void => {
    const entry = waiting.get(planId);
    if (entry) {
      entry.latest = change;
      return;
    }
    publish(planId, change);
    const timer = setTimeout(() => {
      const latest = waiting.get(planId)?.latest;
      waiting.delete(planId);
      if (latest) onStored(planId, _partnershipId, latest);
    }, intervalMs);
    timer.unref();
    waiting.set(planId, { latest: null, timer });
  };

  /** Shutdown: publishes what is still waiting and waits for every write. */
  const flush = async (): Promise<void> => {
    for (const [planId, entry] of waiting) {
      clearTimeout(entry.timer);
      if (entry.latest) publish(planId, entry.latest);
    }
    waiting.clear();
    await Promise.all(inFlight);
  };

  return { onStored, flush };
}
