import { Router } from 'express';
import { pageQuery } from '@jumelage/contracts/common';
import { asLocale } from '@jumelage/contracts/constants';
import { createPlanBody, plansByIdQuery, renamePlanBody } from '@jumelage/contracts/plans';
import type { Collab } from '../../collab/collab.ts';
import type { AppContext } from '../../context.ts';
import { requireAuth } from '../../http/authenticate.ts';
import { beforeCursor, toPage } from '../../http/paginate.ts';
import { parse } from '../../http/validate.ts';
import { createPlan, deletePlan, renamePlan } from './plans.commands.ts';
import { loadPartnershipPlansAccess, loadPlanAccess, readablePlans, requirePlanAbility } from './plans.access.ts';
import { presentPlan, presentPlanWithAuthor } from './plans.presenter.ts';
import { loadUserNames } from '../users/users.presenter.ts';
import { announcePlan, announcePlanDeleted } from './plans.socket.ts';
import { noteActivity } from '../overview/partnership-stats.ts';

export function plansRoutes(ctx: AppContext, collab: Collab): Router {
  const { models } = ctx;
  const router = Router();

  router.get('/partnerships/:id/plans', async (req, res) => {
    const { user } = requireAuth(req);
    const { partnership, abilities } = await loadPartnershipPlansAccess(models, user, req.params.id);
    const query = parse(pageQuery, req.query);
    const plans = await models.Plan.find({ partnershipId: partnership.partnership._id, ...beforeCursor(query.before) })
      .sort({ _id: -1 })
      .limit(query.limit + 1);
    const authors = await loadUserNames(models, plans.map((plan) => plan.updatedBy));
    res.json({ ...toPage(plans, query.limit, (plan) => presentPlan(plan, authors)), abilities });
  });

  router.post('/partnerships/:id/plans', async (req, res) => {
    const { user } = requireAuth(req);
    const access = await loadPartnershipPlansAccess(models, user, req.params.id);
    requirePlanAbility(access, 'edit');
    const body = parse(createPlanBody, req.body);
    const locale = body.locale ?? asLocale(user.locale);
    const { record, isNew } = await createPlan(ctx, access.partnership.partnership._id, user, { ...body, locale });
    // A plan made the first time may have been edited since: its answer names the editor.
    const plan = await presentPlanWithAuthor(models, record);
    if (isNew) announcePlan(ctx, 'plan:created', plan, req);
    if (isNew) noteActivity(ctx, String(record.partnershipId));
    res.status(isNew ? 201 : 200).json({ data: plan, abilities: access.abilities });
  });

  // A device asks which of the plans it holds copies of are still readable (offlineCopies.ts).
  router.get('/plans', async (req, res) => {
    const { user } = requireAuth(req);
    const { ids } = parse(plansByIdQuery, req.query);
    const plans = await readablePlans(models, user, ids);
    const authors = await loadUserNames(models, plans.map((plan) => plan.updatedBy));
    res.json({ data: plans.map((plan) => presentPlan(plan, authors)) });
  });

  router.get('/plans/:planId', async (req, res) => {
    const { user } = requireAuth(req);
    const { plan, abilities } = await loadPlanAccess(models, user, req.params.planId);
    res.json({ data: await presentPlanWithAuthor(models, plan), abilities });
  });

  router.patch('/plans/:planId', async (req, res) => {
    const { user } = requireAuth(req);
    const access = await loadPlanAccess(models, user, req.params.planId);
    requirePlanAbility(access, 'edit');
    const { title } = parse(renamePlanBody, req.body);
    // Answered from what is stored: a plan deleted meanwhile is 404 (not a failed save), and the
    // preview and editor are the latest, not those read before.
    const plan = await presentPlanWithAuthor(models, await renamePlan(ctx, collab, access.plan, user, title));
    announcePlan(ctx, 'plan:updated', plan, req);
    res.json({ data: plan, abilities: access.abilities });
  });

  router.delete('/plans/:planId', async (req, res) => {
    const { user } = requireAuth(req);
    const access = await loadPlanAccess(models, user, req.params.planId);
    requirePlanAbility(access, 'delete');
    await deletePlan(ctx, collab, access.plan);
    announcePlanDeleted(ctx, String(access.plan.partnershipId), access.plan.id, req);
    res.status(204).end();
  });

  return router;
}
