import mongoose from 'mongoose';
import { docFromState } from '@jumelage/editor/yjs';
import { isShown } from '../../collab/gone-on-arrival.ts';
import type { LateEdit } from '../../collab/shared-document.ts';
import type { AppContext } from '../../context.ts';
import { versionState } from './plan-versions.model.ts';

/** How many of a plan's latest kept versions are tried for one late edit. */
const keptVersionsTried = 10;

export type LateEditKeeper = ReturnType<typeof createLateEditKeeper>;

/**
 * Keeps what was typed into text a restore removed, when it reached the server after the restore:
 * edits made offline, or keystrokes on their way. Yjs drops such content on arrival (`gone-on-
 * arrival.ts`); the restore's kept version still has the text it went into, so the update is added
 * to that version, where it shows. The newest kept version whose restore removed it is chosen
 * (older ones when several restores came after the typist's last sync).
 * A plan's restores and late edits take turns: a keystroke builds on the one before, which must
 * be in the version first, and a version is only tried once its restore wrote what it removed.
 */
export function createLateEditKeeper(ctx: AppContext) {
  const queues = new Map<string, Promise<unknown>>();
  const inTurn = <T>(planId: string, work: () => Promise<T>): Promise<T> => {
    const next = (queues.get(planId) ?? Promise.resolve()).then(work, work);
    queues.set(planId, next);
    const forget = () => {
      if (queues.get(planId) === next) queues.delete(planId);
    };
    next.then(forget, forget);
    return next;
  };
  return {
    inTurn,
    keep(late: LateEdit): void {
      inTurn(late.planId, () => keepLateEdit(ctx, late)).catch((error: unknown) => {
        ctx.logger.error({ err: error, planId: late.planId, editor: late.editor.id }, 'keeping text typed into removed text failed');
      });
    },
    /** Resolves once the late edits received so far are kept. */
    settled: () => Promise.allSettled(queues.values()).then(() => undefined),
  };
}

async function keepLateEdit(ctx: AppContext, { planId, update, gone, editor }: LateEdit): Promise<void> {
  const versions = await ctx.models.PlanVersion.find({ planId, keptAt: mongoose.trusted({ $exists: true }) })
    .sort({ createdAt: -1 })
    .limit(keptVersionsTried);
  for (const version of versions) {
    if (!version.restoreUpdate) continue;
    // Shown in the version, and removed by its restore (not by a partner's deletion since).
    const kept = docFromState(...versionState(version), update);
    const restored = docFromState(...versionState(version), version.restoreUpdate, update);
    const isKeptHere = gone.some((id) => isShown(kept, id) && !isShown(restored, id));
    kept.destroy();
    restored.destroy();
    if (!isKeptHere) continue;
    await ctx.models.PlanVersion.updateOne({ _id: version._id }, { $push: { lateUpdates: Buffer.from(update) } });
    ctx.logger.info({ planId, versionId: version.id, editor: editor.id }, 'text typed into removed text kept in the version its restore kept');
    return;
  }
  ctx.logger.warn({ planId, editor: editor.id, items: gone.length }, 'text typed into removed text is in no kept version');
}
