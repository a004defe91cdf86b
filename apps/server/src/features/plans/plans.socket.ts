import { setImmediate as afterWaitingIo } from 'node:timers/promises';
import type { Request } from 'express';
import mongoose from 'mongoose';
import type { Plan, PlanVersion } from '@jumelage/contracts/plans';
import type { AppContext } from '../../context.ts';
import type { StoredChange } from '../../collab/store.ts';
import { presentPlan } from './plans.presenter.ts';
import { noteActivity } from '../overview/partnership-stats.ts';

type Change = 'plan:created' | 'plan:updated';

/** Announces a plan to its partnership's room (members only: coordinators outside it never see plans). */
export function announcePlan(ctx: AppContext, event: Change, plan: Plan, req?: Request): void {
  ctx.realtime.toPartnership(plan.partnershipId, { exceptSenderOf: req }).emit(event, { partnershipId: plan.partnershipId, plan });
}

/** Tells the partnership's other open version panels about a newly saved or renamed version. */
export function announceVersion(ctx: AppContext, event: 'planVersion:created' | 'planVersion:renamed' | 'planVersion:updated', partnershipId: string, planId: string, version: PlanVersion, req?: Request): void {
  ctx.realtime.toPartnership(partnershipId, { exceptSenderOf: req }).emit(event, { partnershipId, planId, version });
}

export function announcePlanDeleted(ctx: AppContext, partnershipId: string, planId: string, req?: Request): void {
  ctx.realtime.toPartnership(partnershipId, { exceptSenderOf: req }).emit('plan:deleted', { partnershipId, planId });
}

const metadataOf = (change: StoredChange) => ({
  ...change.preview(),
  sizeBytes: change.storedBytes,
  updatedAt: change.changedAt,
  updatedBy: new mongoose.Types.ObjectId(change.editor.id),
});

/**
 * Writes the derived metadata of plans whose changes were stored and announces each as
 * `plan:updated`. It runs every few seconds per plan while people type, between relays they wait
 * for, so it is kept to few round trips: one plan (the usual case) is one `findOneAndUpdate`;
 * several at once (their batches are written on one clock, so their publishes tend to come
 * together) are one `bulkWrite` and one `find`, however many. The records are lean, and each
 * editor's name is the one their session knows, instead of a lookup.
 */
async function publishStoredChanges(ctx: AppContext, changes: ReadonlyMap<string, StoredChange>): Promise<void> {
  const written = new Map([...changes].map(([planId, change]) => [planId, metadataOf(change)]));
  for (const plan of await writeMetadata(ctx, written)) {
    const planId = String(plan._id);
    const [metadata, editor] = [written.get(planId), changes.get(planId)?.editor];
    if (!metadata || !editor) continue;
    noteActivity(ctx, String(plan.partnershipId), metadata.updatedAt);
    // What this publish wrote, with its editor's name (the record may already carry a later one).
    announcePlan(ctx, 'plan:updated', presentPlan({ ...plan, ...metadata }, new Map([[editor.id, { id: editor.id, name: editor.name }]])));
  }
}

type Metadata = ReturnType<typeof metadataOf>;

/** Writes the metadata and returns the plans as they are now (those that still exist). */
async function writeMetadata(ctx: AppContext, written: ReadonlyMap<string, Metadata>) {
  const [only] = written;
  if (written.size === 1 && only) {
    const plan = await ctx.models.Plan.findOneAndUpdate({ _id: only[0] }, { $set: only[1] }, { returnDocument: 'after' }).lean();
    return plan ? [plan] : [];
  }
  const updates = [...written].map(([planId, $set]) => ({ updateOne: { filter: { _id: planId }, update: { $set } } }));
  await ctx.models.Plan.bulkWrite(updates, { ordered: false });
  return ctx.models.Plan.find({ _id: mongoose.trusted({ $in: [...written.keys()] }) }).lean();
}

/**
 * Turns "changes were stored" (up to ten times a second while people type) into at most one
 * metadata write and `plan:updated` per plan and interval: the first at once, the latest at the end.
 * Three seconds keeps the plan list current enough (preview, "edited by") while the write and the
 * broadcast stay off the relay path of a busy document (they were a visible part of its p99
 * latency at one per second). Publishes due in the same turn are written together. A write the
 * database refused is tried again an interval later, unless a later change has replaced it, so
 * the last edit before an outage does not leave the plan list stale.
 */
export function createPlanMetaPublisher(ctx: AppContext, intervalMs = 3000) {
  const waiting = new Map<string, { latest: StoredChange | null; timer: NodeJS.Timeout }>();
  const inFlight = new Set<Promise<void>>();
  let isFlushing = false;

  /** Publishes due in the same turn of the event loop, written together. */
  let due: Map<string, StoredChange> | null = null;

  const publish = (planId: string, change: StoredChange) => {
    if (due) return void due.set(planId, change);
    const changes = new Map([[planId, change]]);
    due = changes;
    // After the I/O already waiting (setImmediate), so relays go first; in flight from now on.
    const run = afterWaitingIo()
      .then(() => {
        due = null;
        return publishStoredChanges(ctx, changes);
      })
      .catch((error: unknown) => {
        // The database's refusals are retried; anything else would fail again the same way.
        const isRetried = !isFlushing && error instanceof mongoose.mongo.MongoError;
        ctx.logger.error({ err: error, planIds: [...changes.keys()] }, `updating plan metadata failed${isRetried ? '; will retry' : ''}`);
        if (isRetried) for (const [failedPlanId, failed] of changes) retryLater(failedPlanId, failed);
      });
    inFlight.add(run);
    void run.finally(() => inFlight.delete(run));
  };

  /** Starts a plan's interval; what is stored meanwhile is published at its end. */
  const wait = (planId: string, latest: StoredChange | null) => {
    const timer = setTimeout(() => {
      const entry = waiting.get(planId);
      waiting.delete(planId);
      if (entry?.latest) onStored(planId, entry.latest);
    }, intervalMs);
    timer.unref();
    waiting.set(planId, { latest, timer });
  };

  const onStored = (planId: string, change: StoredChange): void => {
    const entry = waiting.get(planId);
    if (entry) {
      entry.latest = change;
      return;
    }
    publish(planId, change);
    wait(planId, null);
  };

  /** A refused publish waits for the plan's next interval, where a later change takes its place. */
  const retryLater = (planId: string, change: StoredChange) => {
    const entry = waiting.get(planId);
    if (!entry) wait(planId, change);
    else entry.latest ??= change;
  };

  /** Shutdown: publishes what is still waiting and waits for every write. */
  const flush = async (): Promise<void> => {
    isFlushing = true;
    for (const [planId, entry] of waiting) {
      clearTimeout(entry.timer);
      if (entry.latest) publish(planId, entry.latest);
    }
    waiting.clear();
    await Promise.all(inFlight);
  };

  return { onStored: (planId: string, _partnershipId: string, change: StoredChange) => onStored(planId, change), flush };
}
