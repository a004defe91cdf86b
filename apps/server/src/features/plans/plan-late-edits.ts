import mongoose, { type Types } from 'mongoose';
import * as Y from 'yjs';
import { docFromState } from '@jumelage/editor/yjs';
import { isShown } from '../../collab/gone-on-arrival.ts';
import type { LateEdit } from '../../collab/shared-document.ts';
import type { AppContext } from '../../context.ts';
import { loadUserNames } from '../users/users.presenter.ts';
import { versionAuthorIds, versionState, type PlanVersionDoc } from './plan-versions.model.ts';
import { presentVersion } from './plans.presenter.ts';
import { announceVersion } from './plans.socket.ts';

/** How many of a plan's latest kept versions are tried for one late edit. */
const keptVersionsTried = 10;
/** Late edits of one plan waiting their turn beyond this are dropped (logged): a flood, not typing. */
const waitingPerPlanMax = 200;
/** A kept version with this many late updates has them merged into its state (one document stays small). */
const mergeLateUpdatesAt = 20;

export type LateEditKeeper = ReturnType<typeof createLateEditKeeper>;

/**
 * Keeps what was typed into text a restore removed, when it reached the server after the restore:
 * edits made offline, or keystrokes on their way. Yjs drops such content on arrival (`gone-on-
 * arrival.ts`); the restore's kept version still has the text it went into, so the update is added
 * to that version, where it shows. Each kept version whose restore removed some of it gets it
 * (several, when several restores came after the typist's last sync).
 * A plan's restores and late edits take turns: a keystroke builds on the one before, which must
 * be in the version first, and a version is only tried once its restore wrote what it removed.
 */
export function createLateEditKeeper(ctx: AppContext) {
  const queues = new Map<string, { last: Promise<unknown>; waiting: number }>();
  const inTurn = <T>(planId: string, work: () => Promise<T>): Promise<T> => {
    const queue = queues.get(planId) ?? { last: Promise.resolve(), waiting: 0 };
    queues.set(planId, queue);
    queue.waiting += 1;
    const next = queue.last.then(work, work);
    queue.last = next;
    const done = () => {
      queue.waiting -= 1;
      if (queue.waiting === 0 && queues.get(planId) === queue) queues.delete(planId);
    };
    next.then(done, done);
    return next;
  };
  return {
    inTurn,
    keep(late: LateEdit): void {
      if ((queues.get(late.planId)?.waiting ?? 0) >= waitingPerPlanMax) {
        ctx.logger.warn({ planId: late.planId, editor: late.editor.id }, 'too many late edits waiting; one was not kept');
        return;
      }
      inTurn(late.planId, () => keepLateEdit(ctx, late)).catch((error: unknown) => {
        ctx.logger.error({ err: error, planId: late.planId, editor: late.editor.id }, 'keeping text typed into removed text failed');
      });
    },
    /** Resolves once the restores and late edits received so far are done. */
    settled: () => Promise.allSettled([...queues.values()].map((queue) => queue.last)).then(() => undefined),
  };
}

async function keepLateEdit(ctx: AppContext, late: LateEdit): Promise<void> {
  const { planId, gone, editor } = late;
  let unkept = gone;
  // The versions restores kept: each holds its restore's change.
  const versions = ctx.models.PlanVersion.find({ planId, restoreUpdate: mongoose.trusted({ $exists: true }) })
    .sort({ createdAt: -1 })
    .limit(keptVersionsTried)
    .cursor();
  for await (const version of versions) {
    if (unkept.length === 0) break;
    const keptHere = await keepIn(ctx, version, late, unkept);
    if (keptHere.length === 0) continue;
    unkept = unkept.filter((id) => !keptHere.includes(id));
    ctx.logger.info({ planId, versionId: version.id, editor: editor.id }, 'text typed into removed text kept in the version its restore kept');
    await announceKept(ctx, late, version._id);
  }
  // Also text a partner deleted in the ordinary way while it was typed (no restore removed it).
  if (unkept.length > 0) ctx.logger.debug({ planId, editor: editor.id, items: unkept.length }, 'text typed into removed text is in no kept version');
}

/** Open versions panels show the version's new `lateEditors`. */
async function announceKept(ctx: AppContext, { planId, partnershipId }: LateEdit, versionId: Types.ObjectId): Promise<void> {
  const version = await ctx.models.PlanVersion.findById(versionId).select({ state: 0, lateUpdates: 0, restoreUpdate: 0 });
  if (!version) return;
  const presented = presentVersion(version, await loadUserNames(ctx.models, versionAuthorIds(version)));
  announceVersion(ctx, 'planVersion:updated', partnershipId, planId, presented);
}

/** Adds the update to the version if it shows there some of `gone` that the version's restore removed; returns those. */
async function keepIn(ctx: AppContext, version: PlanVersionDoc, { update, editor }: LateEdit, gone: Y.ID[]): Promise<Y.ID[]> {
  if (!version.restoreUpdate) return [];
  const doc = docFromState(...versionState(version), update);
  try {
    // Shown in the version, and removed by its restore (not by a partner's deletion since).
    const shown = gone.filter((id) => isShown(doc, id));
    if (shown.length === 0) return [];
    Y.applyUpdate(doc, version.restoreUpdate);
    const keptHere = shown.filter((id) => !isShown(doc, id));
    if (keptHere.length === 0) return [];
    const late = versionState(version).concat(update);
    const addEditor = { $addToSet: { lateEditorIds: new mongoose.Types.ObjectId(editor.id) } };
    await ctx.models.PlanVersion.updateOne(
      { _id: version._id },
      late.length > mergeLateUpdatesAt
        ? { $set: { state: Buffer.from(Y.mergeUpdates(late)) }, $unset: { lateUpdates: 1 }, ...addEditor }
        : { $push: { lateUpdates: Buffer.from(update) }, ...addEditor },
    );
    return keptHere;
  } finally {
    doc.destroy();
  }
}
