import { Router } from 'express';
import mongoose from 'mongoose';
import { todayIn } from '@jumelage/contracts/calendarDays';
import {
  createMilestoneBody,
  deleteMilestoneQuery,
  listMilestonesQuery,
  updateMilestoneBody,
} from '@jumelage/contracts/milestones';
import type { AppContext } from '../../context.ts';
import { requireAuth } from '../../http/authenticate.ts';
import { parse } from '../../http/validate.ts';
import { loadPartnershipAccess, requireAbility } from '../partnerships/partnerships.access.ts';
import { createMilestone, deleteMilestone, updateMilestone } from './milestones.commands.ts';
import { loadMilestoneAccess } from './milestones.access.ts';
import { milestoneAbilities } from './milestones.policy.ts';
import { presentActivity, presentMilestone } from './milestones.presenter.ts';
import { announceMilestone, announceMilestoneDeleted } from './milestones.socket.ts';

export function milestonesRoutes(ctx: AppContext): Router {
  const { models } = ctx;
  const router = Router();

  router.get('/partnerships/:id/milestones', async (req, res) => {
    const { user } = requireAuth(req);
    const access = await loadPartnershipAccess(models, user, req.params.id);
    const query = parse(listMilestonesQuery, req.query);
    const filter: Record<string, unknown> = { partnershipId: access.partnership._id };
    if (query.status) filter.status = query.status;
    if (query.ownerId) filter.ownerIds = new mongoose.Types.ObjectId(query.ownerId);
    if (query.overdue) {
      filter.status = mongoose.trusted({ $in: ['planned', 'in_progress', 'blocked'] });
      filter.dueOn = mongoose.trusted({ $lt: todayIn(user.timeZone) });
    }
    const milestones = await models.Milestone.find(filter).sort({ status: 1, position: 1, _id: 1 });
    res.json({ data: milestones.map(presentMilestone), nextCursor: null, abilities: milestoneAbilities(access.abilities) });
  });

  router.post('/partnerships/:id/milestones', async (req, res) => {
    const { user } = requireAuth(req);
    const access = await loadPartnershipAccess(models, user, req.params.id);
    requireAbility(access, 'manageMilestones');
    const { milestone, isNew } = await createMilestone(ctx, access, user, parse(createMilestoneBody, req.body));
    if (isNew) announceMilestone(ctx, 'milestone:created', milestone);
    res.status(isNew ? 201 : 200).json({ data: milestone, abilities: milestoneAbilities(access.abilities) });
  });

  router.get('/milestones/:milestoneId', async (req, res) => {
    const { user } = requireAuth(req);
    const { milestone, access } = await loadMilestoneAccess(models, user, req.params.milestoneId);
    res.json({ data: presentMilestone(milestone), abilities: milestoneAbilities(access.abilities) });
  });

  router.patch('/milestones/:milestoneId', async (req, res) => {
    const { user } = requireAuth(req);
    const { milestone, access } = await loadMilestoneAccess(models, user, req.params.milestoneId);
    requireAbility(access, 'manageMilestones');
    const updated = await updateMilestone(ctx, milestone, user, parse(updateMilestoneBody, req.body));
    announceMilestone(ctx, 'milestone:updated', updated);
    res.json({ data: updated, abilities: milestoneAbilities(access.abilities) });
  });

  router.delete('/milestones/:milestoneId', async (req, res) => {
    const { user } = requireAuth(req);
    const { milestone, access } = await loadMilestoneAccess(models, user, req.params.milestoneId);
    requireAbility(access, 'manageMilestones');
    await deleteMilestone(ctx, milestone, user, parse(deleteMilestoneQuery, req.query).version);
    announceMilestoneDeleted(ctx, access.partnership.id, milestone.id);
    res.status(204).end();
  });

  router.get('/milestones/:milestoneId/activity', async (req, res) => {
    const { user } = requireAuth(req);
    const { milestone } = await loadMilestoneAccess(models, user, req.params.milestoneId);
    const activities = await models.Activity.find({ subjectId: milestone._id }).sort({ _id: -1 }).limit(100);
    const actors = await models.User.find({ _id: mongoose.trusted({ $in: activities.map((a) => a.actorId) }) });
    const actorById = new Map(actors.map((actor) => [actor.id, actor]));
    res.json({ data: activities.map((a) => presentActivity(a, actorById.get(String(a.actorId)))), nextCursor: null });
  });

  return router;
}
