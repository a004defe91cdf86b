import { Router } from 'express';
import { objectId, pageQuery } from '@jumelage/contracts/common';
import { createPlanVersionBody, renamePlanVersionBody, type PlanVersionDetail } from '@jumelage/contracts/plans';
import { renderBodyHtml } from '@jumelage/editor/export';
import { docFromState, docToNode } from '@jumelage/editor/yjs';
import type { Collab } from '../../collab/collab.ts';
import type { AppContext } from '../../context.ts';
import { requireAuth } from '../../http/authenticate.ts';
import { notFound } from '../../http/errors.ts';
import { beforeCursor, toPage } from '../../http/paginate.ts';
import { parse } from '../../http/validate.ts';
import type { Models } from '../../models.ts';
import type { LateEditKeeper } from './plan-late-edits.ts';
import { versionAuthorIds, versionState } from './plan-versions.model.ts';
import { createVersion, restoreVersion } from './plans.commands.ts';
import { loadPlanAccess, requirePlanAbility, type PlanAccess } from './plans.access.ts';
import { presentPlanWithAuthor, presentVersion } from './plans.presenter.ts';
import { loadUserNames } from '../users/users.presenter.ts';
import { announceVersion } from './plans.socket.ts';
import { noteActivity } from '../overview/partnership-stats.ts';

async function loadVersion(models: Models, access: PlanAccess, rawVersionId: unknown) {
  const version = await models.PlanVersion.findOne({ _id: parse(objectId, rawVersionId), planId: access.plan._id });
  if (!version) throw notFound('Version');
  return version;
}

/** Named versions of a plan: list, create, view, rename, restore (restoring is a new change, not a rewrite). */
export function planVersionsRoutes(ctx: AppContext, collab: Collab, lateEdits: LateEditKeeper): Router {
  const { models } = ctx;
  const router = Router();

  router.get('/plans/:planId/versions', async (req, res) => {
    const { user } = requireAuth(req);
    const access = await loadPlanAccess(models, user, req.params.planId);
    const query = parse(pageQuery, req.query);
    const versions = await models.PlanVersion.find({ planId: access.plan._id, ...beforeCursor(query.before) })
      .select({ state: 0, lateUpdates: 0, restoreUpdate: 0 })
      .sort({ _id: -1 })
      .limit(query.limit + 1);
    const authors = await loadUserNames(models, versions.flatMap(versionAuthorIds));
    res.json({ ...toPage(versions, query.limit, (version) => presentVersion(version, authors)), abilities: access.abilities });
  });

  router.post('/plans/:planId/versions', async (req, res) => {
    const { user } = requireAuth(req);
    const access = await loadPlanAccess(models, user, req.params.planId);
    requirePlanAbility(access, 'edit');
    const { record, isNew } = await createVersion(ctx, collab, access.plan, user, parse(createPlanVersionBody, req.body));
    const version = presentVersion(record, await loadUserNames(models, [user._id]));
    if (isNew) announceVersion(ctx, 'planVersion:created', String(access.plan.partnershipId), access.plan.id, version, req);
    if (isNew) noteActivity(ctx, String(access.plan.partnershipId));
    res.status(isNew ? 201 : 200).json({ data: version, abilities: access.abilities });
  });

  router.get('/plans/:planId/versions/:versionId', async (req, res) => {
    const { user } = requireAuth(req);
    const access = await loadPlanAccess(models, user, req.params.planId);
    const version = await loadVersion(models, access, req.params.versionId);
    const content = docToNode(docFromState(...versionState(version)));
    const data: PlanVersionDetail = {
      ...presentVersion(version, await loadUserNames(models, versionAuthorIds(version))),
      content: content.toJSON(),
      html: renderBodyHtml(content),
    };
    res.json({ data, abilities: access.abilities });
  });

  // A version's name, corrected (its content changes only by late edits, `plan-late-edits.ts`).
  // Also how the web app applies a name changed between a save whose answer was lost and its
  // retry, which answers the first save.
  router.patch('/plans/:planId/versions/:versionId', async (req, res) => {
    const { user } = requireAuth(req);
    const access = await loadPlanAccess(models, user, req.params.planId);
    requirePlanAbility(access, 'edit');
    const { label } = parse(renamePlanVersionBody, req.body);
    const record = await loadVersion(models, access, req.params.versionId);
    // A version a restore kept becomes a name like any other once someone names it.
    const isChanged = record.label !== label || record.replacedAt !== undefined;
    if (isChanged) {
      record.label = label;
      record.replacedAt = undefined;
      await record.save();
    }
    const version = presentVersion(record, await loadUserNames(models, versionAuthorIds(record)));
    if (isChanged) announceVersion(ctx, 'planVersion:renamed', String(access.plan.partnershipId), access.plan.id, version, req);
    res.json({ data: version, abilities: access.abilities });
  });

  router.post('/plans/:planId/versions/:versionId/restore', async (req, res) => {
    const { user } = requireAuth(req);
    const access = await loadPlanAccess(models, user, req.params.planId);
    requirePlanAbility(access, 'edit');
    // Read in its turn: a late edit being added to this version is in what is restored.
    const kept = await lateEdits.inTurn(access.plan.id, async () =>
      restoreVersion(ctx, collab, access.plan, await loadVersion(models, access, req.params.versionId), user),
    );
    if (kept) {
      const presented = presentVersion(kept, await loadUserNames(models, [kept.createdBy]));
      announceVersion(ctx, 'planVersion:created', String(access.plan.partnershipId), access.plan.id, presented, req);
    }
    res.json({ data: await presentPlanWithAuthor(models, access.plan), abilities: access.abilities });
  });

  return router;
}
