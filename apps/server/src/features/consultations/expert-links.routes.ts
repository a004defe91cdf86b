import { randomBytes } from 'node:crypto';
import { Router } from 'express';
import mongoose, { type Types } from 'mongoose';
import { chatLimits } from '@jumelage/contracts/constants';
import { createExpertLinkBody, type ExpertLink, type ExpertLinkPreview } from '@jumelage/contracts/consultations';
import { invitationToken, type OpenLink } from '@jumelage/contracts/partnerships';
import type { AppContext } from '../../context.ts';
import { requireAuth } from '../../http/authenticate.ts';
import { AppError, notFound } from '../../http/errors.ts';
import { publicBaseUrl } from '../../http/public-url.ts';
import { sendSecret } from '../../http/secrets.ts';
import { parse } from '../../http/validate.ts';
import type { Models } from '../../models.ts';
import { hashToken } from '../auth/sessions.ts';
import { claimLink, findOpenLinks, presentOpenLinks, revokeLink, unusable } from '../partnerships/open-links.ts';
import { asMembershipRole, membershipRoleIn } from '../partnerships/partnerships.access.ts';
import { presentMunicipality } from '../partnerships/partnerships.presenter.ts';
import { announceInviteeChange, channelRef } from './audience.ts';
import { loadChannelAccess, requireChannelAbility, type AccessCache } from './channel-access.ts';
import type { ChannelDoc } from './channels.model.ts';
import { canManageConsultations, inviteeIds } from './consultations.policy.ts';
import type { ExpertLinkDoc } from './expert-links.model.ts';
import { daysFrom } from '../../days.ts';


const consultationFull = () => new AppError('conflict', 'This consultation has as many experts as it can take');

/**
 * Which of these users may still schedule consultations in the partnership. A link dies with its
 * maker's right (removed or demoted), so only the links these users made work and are listed.
 */
async function schedulersAmong(models: Models, partnershipId: Types.ObjectId, userIds: Types.ObjectId[]): Promise<Set<string>> {
  const memberships = await models.Membership.find({ partnershipId, userId: mongoose.trusted({ $in: userIds }) }, { userId: 1, role: 1 }).lean();
  return new Set(memberships.filter((membership) => canManageConsultations(asMembershipRole(membership.role))).map((membership) => String(membership.userId)));
}

/** The link and its consultation; 404 for an unknown token, a consultation that is gone, or a dead link. */
async function findLink(models: Models, rawToken: unknown): Promise<{ link: ExpertLinkDoc; channel: ChannelDoc }> {
  const link = await models.ExpertLink.findOne({ tokenHash: hashToken(parse(invitationToken, rawToken)) });
  const channel = link ? await models.Channel.findById(link.channelId) : null;
  if (!link || !channel?.consultation) throw notFound('Invitation');
  if (!canManageConsultations(await membershipRoleIn(models, channel.partnershipId, link.createdBy))) throw notFound('Invitation');
  return { link, channel };
}

/**
 * Invitation links for external experts: those who may change a consultation create one per
 * expert; whoever opens it signs in (or registers) and joins that consultation as an expert, and
 * nothing else of the partnership. No address is looked up, so nothing is learnt about accounts.
 */
export function expertLinksRoutes(ctx: AppContext, { accessCache }: { accessCache: AccessCache }): Router {
  const { models } = ctx;
  const router = Router();

  router.post('/channels/:channelId/invitations', async (req, res) => {
    const { user } = requireAuth(req);
    const access = await loadChannelAccess(models, user, req.params.channelId);
    requireChannelAbility(access, 'update');
    const body = parse(createExpertLinkBody, req.body ?? {});
    const token = randomBytes(32).toString('base64url');
    const link = await models.ExpertLink.create({
      channelId: access.channel._id,
      tokenHash: hashToken(token),
      createdBy: user._id,
      expiresAt: daysFrom(new Date(), body.expiresInDays),
    });
    const data: ExpertLink = { id: link.id, token, url: `${publicBaseUrl(req, ctx.env)}/consultation-invite/${token}`, expiresAt: link.expiresAt.toISOString() };
    sendSecret(res, 201, { data });
  });

  router.get('/channels/:channelId/invitations', async (req, res) => {
    const { user } = requireAuth(req);
    const access = await loadChannelAccess(models, user, req.params.channelId);
    requireChannelAbility(access, 'update');
    const open = await findOpenLinks(models.ExpertLink, { channelId: access.channel._id });
    const schedulers = await schedulersAmong(models, access.channel.partnershipId, open.map((link) => link.createdBy));
    const data: OpenLink[] = await presentOpenLinks(models, open.filter((link) => schedulers.has(String(link.createdBy))), () => ({}));
    res.json({ data });
  });

  router.delete('/channels/:channelId/invitations/:linkId', async (req, res) => {
    const { user } = requireAuth(req);
    const access = await loadChannelAccess(models, user, req.params.channelId);
    requireChannelAbility(access, 'update');
    await revokeLink(models.ExpertLink, { channelId: access.channel._id }, req.params.linkId, 'Invitation');
    res.status(204).end();
  });

  router.get('/consultation-invitations/:token', async (req, res) => {
    const { link, channel } = await findLink(models, req.params.token);
    if (link.acceptedBy) throw unusable('used');
    if (link.expiresAt.getTime() <= Date.now()) throw unusable('expired');
    const partnership = await models.Partnership.findById(channel.partnershipId);
    if (!partnership || !channel.consultation) throw notFound('Invitation');
    const data: ExpertLinkPreview = {
      title: channel.title,
      startsAt: channel.consultation.startsAt.toISOString(),
      endsAt: channel.consultation.endsAt.toISOString(),
      partnershipName: partnership.name,
      municipalities: partnership.municipalities.map(presentMunicipality),
      expiresAt: link.expiresAt.toISOString(),
    };
    res.json({ data });
  });

  router.post('/consultation-invitations/:token/accept', async (req, res) => {
    const { user } = requireAuth(req);
    const { link, channel } = await findLink(models, req.params.token);
    // Accepting again (a second tab, a double click) is fine once one is invited; a member, who
    // reads the consultation anyway (e.g. its creator trying the link), leaves the link unspent.
    const isInvited = inviteeIds(channel).includes(user.id);
    if (!isInvited && (await membershipRoleIn(models, channel.partnershipId, user._id)) === null) {
      if ((channel.consultation?.expertIds.length ?? 0) >= chatLimits.inviteesMax) throw consultationFull();
      // The same person accepting twice at once: the other request adds them, or gives the link
      // back if the consultation turns out to be full.
      const invited = () => models.Channel.exists({ _id: channel._id, 'consultation.expertIds': user._id }).then(Boolean);
      const fullOrUsed = async () => ((await models.Channel.findById(channel._id))?.consultation?.expertIds.length ?? 0) >= chatLimits.inviteesMax ? consultationFull() : unusable('used');
      if (!(await claimLink(models.ExpertLink, link._id, user._id, invited, fullOrUsed))) return void res.json({ data: channelRef(channel) });
      // The last place, taken atomically: of two accepting at once only one gets it.
      const added = await models.Channel.updateOne(
        { _id: channel._id, [`consultation.expertIds.${chatLimits.inviteesMax - 1}`]: mongoose.trusted({ $exists: false }) },
        { $addToSet: { 'consultation.expertIds': user._id } },
      );
      if (added.matchedCount === 0) {
        await models.ExpertLink.updateOne({ _id: link._id, acceptedBy: user._id }, { $set: { acceptedBy: null, acceptedAt: null } });
        throw consultationFull();
      }
      accessCache.forgetChannel(channel.id);
      announceInviteeChange(ctx.realtime.io, channel, user.id);
    }
    res.json({ data: channelRef(channel) });
  });

  return router;
}
