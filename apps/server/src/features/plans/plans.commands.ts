import mongoose, { type Types } from 'mongoose';
import * as Y from 'yjs';
import type { Locale, PlanTemplateKey } from '@jumelage/contracts/constants';
import type { CreatePlanBody, CreatePlanVersionBody } from '@jumelage/contracts/plans';
import { buildTemplate } from '@jumelage/editor/templates';
import { planPreview } from '@jumelage/editor/text';
import { docFromState, docToNode, jsonToUpdate, renameTitleHeading, replaceContent, type JSONContent } from '@jumelage/editor/yjs';
import type { Collab } from '../../collab/collab.ts';
import { encodeFrames } from '../../collab/frames.ts';
import type { AppContext } from '../../context.ts';
import { createOnce } from '../create-once.ts';
import type { Models } from '../../models.ts';
import { notFound } from '../../http/errors.ts';
import type { UserDoc } from '../users/users.model.ts';
import { versionState, type PlanVersionDoc } from './plan-versions.model.ts';
import type { PlanDoc } from './plans.model.ts';

/**
 * Creates a plan whose first stored update is the template's content in the requested language,
 * or answers the plan this client made before under the same `id` (`isNew` false).
 */
export function createPlan(ctx: AppContext, partnershipId: Types.ObjectId, user: UserDoc, body: CreatePlanBody & { locale: Locale }): Promise<{ record: PlanDoc; isNew: boolean }> {
  return createOnce({
    id: body.id,
    find: (chosen) => ctx.models.Plan.findById(chosen),
    sameAs: { partnershipId, createdBy: user._id },
    create: (chosen) => {
      const content = buildTemplate(body.templateKey, { locale: body.locale, title: body.title, agenda: body.agenda });
      return insertPlan(ctx.models, { partnershipId, title: body.title, templateKey: body.templateKey, locale: body.locale, createdBy: user._id }, content, chosen);
    },
  });
}

export interface NewPlan {
  partnershipId: Types.ObjectId;
  title: string;
  templateKey: PlanTemplateKey;
  locale: Locale;
  createdBy: Types.ObjectId;
  /** The demo seed backdates its plan; a new plan is created now and has no editor yet. */
  createdAt?: Date;
  updatedBy?: Types.ObjectId;
  updatedAt?: Date;
}

/** Stores a plan with the given content as its first update (the demo seed uses it too). */
export async function insertPlan(models: Models, plan: NewPlan, content: JSONContent, planId = new mongoose.Types.ObjectId()): Promise<PlanDoc> {
  const update = jsonToUpdate(content);
  const updates = Buffer.from(encodeFrames([update]));
  // Content first: a plan row never exists without its content, and a failed plan insert only
  // leaves an orphan row that is removed right away.
  const row = await models.PlanUpdate.create({ planId, updates, count: 1 });
  try {
    const now = new Date();
    return await models.Plan.create({
      ...plan,
      createdAt: plan.createdAt ?? now,
      updatedAt: plan.updatedAt ?? now,
      updatedBy: plan.updatedBy ?? null,
      _id: planId,
      ...planPreview(docFromState(update)),
      sizeBytes: updates.byteLength,
    });
  } catch (error) {
    await row.deleteOne();
    throw error;
  }
}

/** 404 when the plan was deleted after its access was checked (a version saved or restored meanwhile). */
async function requirePlanNotDeleted(ctx: AppContext, plan: PlanDoc): Promise<void> {
  if (!(await ctx.models.Plan.exists({ _id: plan._id }))) throw notFound('Plan');
}

/**
 * Saves the live document (including changes not yet written) as a named version. A version saved
 * while the plan was deleted is removed again (checked after it was written, so whichever of the
 * two runs last removes it) and answered with 404.
 */
export function createVersion(ctx: AppContext, collab: Collab, plan: PlanDoc, user: UserDoc, body: CreatePlanVersionBody): Promise<{ record: PlanVersionDoc; isNew: boolean }> {
  return createOnce({
    id: body.id,
    find: (chosen) => ctx.models.PlanVersion.findById(chosen),
    sameAs: { planId: plan._id, createdBy: user._id },
    create: async (chosen) => {
      const state = await collab.registry.withDocument(plan.id, String(plan.partnershipId), (shared) => Y.encodeStateAsUpdate(shared.doc));
      const version = await ctx.models.PlanVersion.create({ ...(chosen ? { _id: chosen } : {}), planId: plan._id, state: Buffer.from(state), label: body.label, createdBy: user._id });
      try {
        await requirePlanNotDeleted(ctx, plan);
      } catch (error) {
        await version.deleteOne();
        throw error;
      }
      return version;
    },
  });
}

/** The live document's current content, read through the registry so unwritten changes count. */
export function readPlanContent(collab: Collab, plan: PlanDoc) {
  return collab.registry.withDocument(plan.id, String(plan.partnershipId), (shared) => docToNode(shared.doc));
}

/** The stored name of the version a restore keeps (clients name it in the viewer's language). */
const replacedLabel = (at: Date) => `Text before the restore of ${at.toISOString().slice(0, 16).replace('T', ' ')} UTC`;

/**
 * Restores a version as a new change on top of the current document: connected collaborators see
 * it arrive like anyone's edit, it is stored like one, and the history before it stays intact.
 * The text it replaces is kept first as a version of its own (answered, to be announced), so what
 * a partner typed since is never lost with the restore; none when the text already is the version.
 * The plan is checked again once its document is held: a deletion before that answers 404 (and a
 * document loaded again for it writes nothing); a deletion after it discards the held document
 * with the change, or deletes the change's row.
 */
export async function restoreVersion(ctx: AppContext, collab: Collab, plan: PlanDoc, version: PlanVersionDoc, user: UserDoc): Promise<PlanVersionDoc | null> {
  const versionDoc = docFromState(...versionState(version));
  const content = docToNode(versionDoc);
  versionDoc.destroy();
  return collab.registry.withDocument(plan.id, String(plan.partnershipId), async (shared) => {
    await requirePlanNotDeleted(ctx, plan);
    if (docToNode(shared.doc).eq(content)) return null;
    const at = new Date();
    let isChangedMeanwhile = false;
    const noteChange = () => (isChangedMeanwhile = true);
    shared.doc.on('update', noteChange);
    let kept: PlanVersionDoc;
    try {
      kept = await ctx.models.PlanVersion.create({
        planId: plan._id,
        state: Buffer.from(Y.encodeStateAsUpdate(shared.doc)),
        label: replacedLabel(at),
        replacedAt: at,
        createdBy: user._id,
      });
      try {
        await requirePlanNotDeleted(ctx, plan);
      } catch (error) {
        await kept.deleteOne();
        throw error;
      }
    } finally {
      // Listened to until now: a paragraph that came during the check above was missing (CI).
      shared.doc.off('update', noteChange);
    }
    // Changes that arrived while the kept version was written (typing, deleting) are in it too:
    // read in the same turn as the restore's change, so nothing can come between.
    const replaced = isChangedMeanwhile ? Buffer.from(Y.encodeStateAsUpdate(shared.doc)) : null;
    const by = { id: user.id, name: user.name };
    const note = {
      versionId: version.id,
      label: version.label,
      ...(version.replacedAt ? { restoredReplacedAt: version.replacedAt.toISOString() } : {}),
      by,
      at: at.toISOString(),
      keptVersionId: kept.id,
    };
    const restoreUpdate = Buffer.from(shared.change(by, (doc) => replaceContent(doc, content, 'restore', note)));
    try {
      await kept.updateOne({ $set: { ...(replaced ? { state: replaced } : {}), restoreUpdate } });
    } catch (error) {
      // The restore is made and seen: answered as done. The kept version then lacks the changes
      // that came while it was written, and text sent late into what the restore removed is not
      // added to it (`plan-late-edits.ts` needs the restore's change).
      ctx.logger.error({ err: error, planId: plan.id, versionId: kept.id }, 'completing the version a restore kept failed');
    }
    return kept;
  });
}

/**
 * Renames a plan (404 when it was deleted meanwhile). The title heading a template put first in
 * the document follows, as a change everyone sees live and the exports print, while it still
 * reads the old title; a heading someone rewrote stays theirs. The new title is kept when the
 * document cannot be reached (an outage): the heading is a courtesy, logged and left.
 */
export async function renamePlan(ctx: AppContext, collab: Collab, plan: PlanDoc, user: UserDoc, title: string): Promise<PlanDoc> {
  // The title it had just before this rename (another may have come between the access check and
  // now): the heading reads that one if it still follows the title.
  const renamed = await ctx.models.Plan.findOneAndUpdate({ _id: plan._id }, { $set: { title } }, { returnDocument: 'before' });
  if (!renamed) throw notFound('Plan');
  const previous = renamed.title;
  renamed.title = title;
  if (previous === title) return renamed;
  try {
    await collab.registry.withDocument(plan.id, String(plan.partnershipId), async (shared) => {
      if (!(await ctx.models.Plan.exists({ _id: plan._id }))) return;
      shared.change({ id: user.id, name: user.name }, (doc) => renameTitleHeading(doc, previous, title, 'rename'));
    });
  } catch (error) {
    ctx.logger.error({ err: error, planId: plan.id }, 'renaming the title heading failed; the plan keeps its new title');
  }
  return renamed;
}

/**
 * Deletes a plan with its stored changes and versions; open editors are closed with 4404, and
 * milestones that linked to it lose the link (a new version, so stale edits of them get 409).
 */
export async function deletePlan(ctx: AppContext, collab: Collab, plan: PlanDoc): Promise<void> {
  await plan.deleteOne();
  await collab.closePlan(plan.id);
  await Promise.all([
    ctx.models.PlanUpdate.deleteMany({ planId: plan._id }),
    ctx.models.PlanVersion.deleteMany({ planId: plan._id }),
    ctx.models.Milestone.updateMany({ planId: plan._id }, { $set: { planId: null }, $inc: { version: 1 } }),
    // A consultation whose minutes these were starts new ones (under a new id) when asked again.
    ctx.models.Channel.updateMany({ 'consultation.minutesPlanId': plan._id }, { $unset: { 'consultation.minutesPlanId': 1 } }),
  ]);
}
