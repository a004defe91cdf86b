import { Router } from 'express';
import mongoose from 'mongoose';
import { asLocale } from '@jumelage/contracts/constants';
import { objectId } from '@jumelage/contracts/common';
import { openMinutesBody, type OpenMinutesBody } from '@jumelage/contracts/plans';
import { buildTemplate } from '@jumelage/editor/templates';
import type { AppContext } from '../../context.ts';
import { isDuplicateKey } from '../../db.ts';
import { notFound } from '../../http/errors.ts';
import { requireAuth } from '../../http/authenticate.ts';
import { parse } from '../../http/validate.ts';
import { channelRef, toChannel } from '../consultations/audience.ts';
import type { ChannelDoc } from '../consultations/channels.model.ts';
import { noteActivity } from '../overview/partnership-stats.ts';
import type { UserDoc } from '../users/users.model.ts';
import { insertPlan } from './plans.commands.ts';
import type { PlanDoc } from './plans.model.ts';
import { loadPartnershipPlansAccess, requirePlanAbility } from './plans.access.ts';
import { presentPlanWithAuthor } from './plans.presenter.ts';
import { announcePlan } from './plans.socket.ts';

/**
 * The plan of a consultation's minutes, one for both municipalities: the first to start them
 * claims an id on the consultation (a conditional update, so two at once agree on one), and the
 * plan is made under that id; everyone after opens it. A deleted minutes plan is made again under
 * the same id. `isClaimed`: this call set the id (the consultation's readers are told).
 */
export async function openMinutes(ctx: AppContext, channel: ChannelDoc, user: UserDoc, body: OpenMinutesBody): Promise<{ record: PlanDoc; isNew: boolean; isClaimed: boolean }> {
  const { models } = ctx;
  let planId = channel.consultation?.minutesPlanId;
  let isClaimed = false;
  if (!planId) {
    const chosen = new mongoose.Types.ObjectId();
    const claimed = await models.Channel.findOneAndUpdate(
      { _id: channel._id, 'consultation.minutesPlanId': mongoose.trusted({ $exists: false }) },
      { $set: { 'consultation.minutesPlanId': chosen } },
    );
    isClaimed = claimed !== null;
    planId = isClaimed ? chosen : (await models.Channel.findById(channel._id))?.consultation?.minutesPlanId;
    if (!planId) throw notFound('Consultation');
  }
  const existing = await models.Plan.findOne({ _id: planId, partnershipId: channel.partnershipId });
  if (existing) return { record: existing, isNew: false, isClaimed };
  const locale = body.locale ?? asLocale(user.locale);
  const content = buildTemplate('consultation_minutes', { locale, title: body.title, agenda: body.agenda });
  const made = { partnershipId: channel.partnershipId, title: body.title, templateKey: 'consultation_minutes' as const, locale, createdBy: user._id };
  try {
    return { record: await insertPlan(models, made, content, planId), isNew: true, isClaimed };
  } catch (error) {
    // Someone else made it at the same moment: theirs is the minutes.
    const theirs = isDuplicateKey(error) ? await models.Plan.findById(planId) : null;
    if (theirs) return { record: theirs, isNew: false, isClaimed };
    throw error;
  }
}

export function planMinutesRoutes(ctx: AppContext): Router {
  const { models } = ctx;
  const router = Router();

  router.post('/channels/:channelId/minutes', async (req, res) => {
    const { user } = requireAuth(req);
    const channel = await models.Channel.findById(parse(objectId, req.params.channelId));
    if (!channel?.consultation) throw notFound('Consultation');
    // Minutes are a plan of the partnership: its members who edit plans start and open them.
    const access = await loadPartnershipPlansAccess(models, user, String(channel.partnershipId));
    requirePlanAbility(access, 'edit');
    const body = parse(openMinutesBody, req.body);
    const { record, isNew, isClaimed } = await openMinutes(ctx, channel, user, body);
    const plan = await presentPlanWithAuthor(models, record);
    if (isNew) announcePlan(ctx, 'plan:created', plan, req);
    if (isNew) noteActivity(ctx, String(record.partnershipId));
    // Open consultations now offer "open the minutes" instead of starting a second one.
    if (isClaimed) toChannel(ctx.realtime.io, channel).emit('channel:updated', channelRef(channel));
    res.status(isNew ? 201 : 200).json({ data: plan, abilities: access.abilities });
  });

  return router;
}
