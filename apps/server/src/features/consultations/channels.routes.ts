import { Router } from 'express';
import mongoose from 'mongoose';
import { asLocale, chatLimits } from '@jumelage/contracts/constants';
import { exportFileName } from '@jumelage/editor/export';
import { createConsultationBody, updateConsultationBody, type ChannelResponse, type CoordinatorListResponse } from '@jumelage/contracts/consultations';
import type { AppContext } from '../../context.ts';
import { requireAuth } from '../../http/authenticate.ts';
import { forbidden, notFound } from '../../http/errors.ts';
import type { RateLimit } from '../../http/rate-limit.ts';
import { publicBaseUrl } from '../../http/public-url.ts';
import { parse } from '../../http/validate.ts';
import type { Models } from '../../models.ts';
import { rooms } from '../../realtime/rooms.ts';
import { senderSocketId } from '../../realtime/realtime.ts';
import { calendarFeedQuery, calendarViewer } from '../users/calendar-viewer.ts';
import type { UserDoc } from '../users/users.model.ts';
import { loadPartnershipAccess } from '../partnerships/partnerships.access.ts';
import { announceInviteeChange, channelRef, channelRooms } from './audience.ts';
import { loadChannelAccess, requireChannelAbility, type AccessCache, type ChannelAccess } from './channel-access.ts';
import { listChannels } from './channel-list.ts';
import type { ChannelDoc } from './channels.model.ts';
import { listInvitedConsultations } from './invited-consultations.ts';
import { consultationCalendar, consultationsFeed } from './consultation-calendar.ts';
import { findFeedConsultations } from './consultations-feed.ts';
import { createConsultation, declineInvitation, loadInvitees, updateConsultation } from './channels.commands.ts';
import { isGlobalViewer } from '../partnerships/partnerships.policy.ts';
import { canManageConsultations, channelAbilities, inviteeIds, schedulingRoles } from './consultations.policy.ts';
import { presentChannel } from './consultations.presenter.ts';
import { channelStates } from './read-markers.ts';
import { noteActivity } from '../overview/partnership-stats.ts';
import { activeAccounts } from '../users/users.model.ts';
import { nameAttachment } from '../../http/attachment.ts';

async function channelResponse(models: Models, user: UserDoc, access: ChannelAccess): Promise<ChannelResponse> {
  const { channel } = access;
  const [states, invitees] = await Promise.all([channelStates(models, [channel.id], user.id), loadInvitees(models, [channel])]);
  const state = states.get(channel.id) ?? { unreadCount: 0, lastReadId: null, lastMessageAt: null };
  return { data: presentChannel(channel, state, invitees), abilities: access.abilities };
}

/**
 * The page a calendar entry links to: the space's chat for those who may read the space, else the
 * consultation alone (an invited outsider).
 */
function consultationOpener(base: string, readsSpace: (channel: ChannelDoc) => boolean) {
  return (channel: ChannelDoc) =>
    readsSpace(channel) ? `${base}/p/${String(channel.partnershipId)}/consultations?channel=${channel.id}` : `${base}/consultations/${channel.id}`;
}

/** Spends one point per address invited by email: each lookup tells whether an account exists. */
async function spendEmailLookups(limit: RateLimit, userId: string, emails: readonly string[] = []): Promise<void> {
  if (emails.length > 0) await limit.consume(userId, emails.length);
}

export function channelsRoutes(ctx: AppContext, { accessCache, emailInviteLimit }: { accessCache: AccessCache; emailInviteLimit: RateLimit }): Router {
  const { models } = ctx;
  const io = ctx.realtime.io;
  const router = Router();

  router.get('/partnerships/:id/channels', async (req, res) => {
    const { user } = requireAuth(req);
    res.json(await listChannels(models, user, req.params.id));
  });

  router.post('/partnerships/:id/channels', async (req, res) => {
    const { user } = requireAuth(req);
    const partnership = await loadPartnershipAccess(models, user, req.params.id);
    if (!canManageConsultations(partnership.role)) throw forbidden('Only owners and members schedule consultations');
    const body = parse(createConsultationBody, req.body);
    await spendEmailLookups(emailInviteLimit, user.id, body.expertEmails);
    const { record: channel, isNew } = await createConsultation(models, partnership.partnership._id, user._id, body);
    if (isNew) io.to(channelRooms(channel)).except(senderSocketId(req) ?? []).emit('channel:created', channelRef(channel));
    if (isNew) noteActivity(ctx, String(channel.partnershipId));
    const access = { channel, role: partnership.role, abilities: channelAbilities(user, partnership.role, channel) };
    res.status(isNew ? 201 : 200).json(await channelResponse(models, user, access));
  });

  /** All of one's consultations as a calendar feed; a calendar app passes the calendar token. */
  router.get('/consultations.ics', async (req, res) => {
    const query = parse(calendarFeedQuery, req.query);
    const user = await calendarViewer(models, req, query.token);
    const { channels, memberOf } = await findFeedConsultations(models, user);
    const opens = consultationOpener(publicBaseUrl(req, ctx.env), (channel) => memberOf.has(String(channel.partnershipId)) || isGlobalViewer(user));
    const locale = asLocale(user.locale);
    res.type('text/calendar; charset=utf-8').send(consultationsFeed(channels, opens, locale));
  });

  router.get('/consultations', async (req, res) => {
    const { user } = requireAuth(req);
    res.json(await listInvitedConsultations(models, user));
  });

  /** The coordinators one may invite; asked for by the consultation form, so only for those who schedule. */
  router.get('/coordinators', async (req, res) => {
    const { user } = requireAuth(req);
    const schedules = isGlobalViewer(user) || (await models.Membership.exists({ userId: user._id, role: mongoose.trusted({ $in: schedulingRoles }) }));
    if (!schedules) throw forbidden('Only those who schedule consultations list coordinators');
    const coordinators = await models.User.find({ globalRole: 'coordinator', ...activeAccounts() }).sort({ name: 1 }).limit(chatLimits.coordinatorsMax);
    const body: CoordinatorListResponse = { data: coordinators.map((coordinator) => ({ id: coordinator.id, name: coordinator.name })), nextCursor: null };
    res.json(body);
  });

  router.get('/channels/:channelId', async (req, res) => {
    const { user } = requireAuth(req);
    res.json(await channelResponse(models, user, await loadChannelAccess(models, user, req.params.channelId)));
  });

  /** "Add to calendar": the consultation as an .ics file, for everyone who may read it. */
  router.get('/channels/:channelId/consultation.ics', async (req, res) => {
    const { user } = requireAuth(req);
    const { channel, role } = await loadChannelAccess(models, user, req.params.channelId);
    if (!channel.consultation) throw notFound('Consultation');
    const opens = consultationOpener(publicBaseUrl(req, ctx.env), () => Boolean(role) || isGlobalViewer(user));
    nameAttachment(res, exportFileName(channel.title, 'ics'));
    res.type('text/calendar; charset=utf-8').send(consultationCalendar(channel, opens(channel)));
  });

  router.patch('/channels/:channelId', async (req, res) => {
    const { user } = requireAuth(req);
    const access = await loadChannelAccess(models, user, req.params.channelId);
    requireChannelAbility(access, 'update');
    const body = parse(updateConsultationBody, req.body);
    await spendEmailLookups(emailInviteLimit, user.id, body.expertEmails);
    const { channel, previousInvitees } = await updateConsultation(models, access.channel, body, user);
    accessCache.forgetChannel(channel.id);
    // Invitees who were just removed are told too, so their client drops the consultation.
    const uninvited = previousInvitees.filter((id) => !inviteeIds(channel).includes(id));
    io.to([...channelRooms(channel), ...uninvited.map(rooms.user)]).except(senderSocketId(req) ?? []).emit('channel:updated', channelRef(channel));
    noteActivity(ctx, String(channel.partnershipId));
    res.json(await channelResponse(models, user, { ...access, channel }));
  });

  router.delete('/channels/:channelId/invitation', async (req, res) => {
    const { user } = requireAuth(req);
    const { channel } = await loadChannelAccess(models, user, req.params.channelId);
    if (!(await declineInvitation(models, channel, user.id))) throw notFound('Invitation');
    accessCache.forgetChannel(channel.id);
    // Told as for any change: the others see the invitee gone, the viewer's other tabs drop it.
    announceInviteeChange(io, channel, user.id);
    res.status(204).end();
  });

  return router;
}
