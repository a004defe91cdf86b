import { Router } from 'express';
import { openMinutesBody } from '@jumelage/contracts/plans';
import type { AppContext } from '../../context.ts';
import { AppError, forbidden, notFound } from '../../http/errors.ts';
import { requireAuth } from '../../http/authenticate.ts';
import { parse } from '../../http/validate.ts';
import { channelRef, toChannel } from '../consultations/audience.ts';
import { loadChannelAccess } from '../consultations/channel-access.ts';
import { noteActivity } from '../overview/partnership-stats.ts';
import { openMinutes } from './plan-minutes.commands.ts';
import { loadPartnershipPlansAccess, requirePlanAbility } from './plans.access.ts';
import { presentPlanWithAuthor } from './plans.presenter.ts';
import { announcePlan } from './plans.socket.ts';

/** POST /api/channels/:channelId/minutes: the consultation's one minutes plan, made the first time. */
export function planMinutesRoutes(ctx: AppContext): Router {
  const { models } = ctx;
  const router = Router();

  router.post('/channels/:channelId/minutes', async (req, res) => {
    const { user } = requireAuth(req);
    // Found as the channel routes find it: those who may not read it learn nothing of it.
    const { channel } = await loadChannelAccess(models, user, req.params.channelId);
    if (!channel.consultation) throw notFound('Consultation');
    // Minutes are a plan of the partnership: its members who edit plans start and open them. An
    // invited coordinator or external expert reads the consultation, not the partnership's plans.
    const access = await loadPartnershipPlansAccess(models, user, String(channel.partnershipId)).catch((error: unknown) => {
      throw error instanceof AppError && error.code === 'not_found' ? forbidden('Only members who edit plans can write the minutes') : error;
    });
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
