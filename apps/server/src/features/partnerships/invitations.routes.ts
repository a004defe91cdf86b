import { randomBytes } from 'node:crypto';
import { Router } from 'express';
import { createInvitationBody, invitationToken, type OpenInvitation } from '@jumelage/contracts/partnerships';
import type { AppContext } from '../../context.ts';
import { requireAuth } from '../../http/authenticate.ts';
import { AppError, notFound } from '../../http/errors.ts';
import { publicBaseUrl } from '../../http/public-url.ts';
import { sendSecret } from '../../http/secrets.ts';
import { parse } from '../../http/validate.ts';
import type { Models } from '../../models.ts';
import { hashToken } from '../auth/sessions.ts';
import type { InvitationDoc } from './invitations.model.ts';
import { claimLink, findOpenLinks, presentOpenLinks, revokeLink, unusable } from './open-links.ts';
import { asMembershipRole, loadPartnershipAccess, requireAbility } from './partnerships.access.ts';
import { partnershipAbilities } from './partnerships.policy.ts';
import { presentMunicipality, presentPartnership } from './partnerships.presenter.ts';
import { daysFrom } from '../../days.ts';


async function findInvitation(models: Models, rawToken: unknown): Promise<InvitationDoc> {
  const invitation = await models.Invitation.findOne({ tokenHash: hashToken(parse(invitationToken, rawToken)) });
  if (!invitation) throw notFound('Invitation');
  return invitation;
}

/** Creating invitation links (owners) inside a partnership. */
export function partnershipInvitationsRoutes(ctx: AppContext): Router {
  const router = Router();
  router.post('/:id/invitations', async (req, res) => {
    const { user } = requireAuth(req);
    const access = await loadPartnershipAccess(ctx.models, user, req.params.id);
    requireAbility(access, 'manageMembers');
    const body = parse(createInvitationBody, req.body);
    if (body.municipalityIndex >= access.partnership.municipalities.length) {
      throw new AppError('validation_failed', 'The request is not valid', [
        { path: 'municipalityIndex', message: 'must point at one of the municipalities' },
      ]);
    }
    const token = randomBytes(32).toString('base64url');
    const invitation = await ctx.models.Invitation.create({
      partnershipId: access.partnership._id,
      tokenHash: hashToken(token),
      role: body.role,
      municipalityIndex: body.municipalityIndex,
      createdBy: user._id,
      expiresAt: daysFrom(new Date(), body.expiresInDays),
    });
    sendSecret(res, 201, {
      data: {
        id: invitation.id,
        token,
        url: `${publicBaseUrl(req, ctx.env)}/invite/${token}`,
        role: body.role,
        municipalityIndex: body.municipalityIndex,
        expiresAt: invitation.expiresAt.toISOString(),
      },
    });
  });

  router.get('/:id/invitations', async (req, res) => {
    const { user } = requireAuth(req);
    const access = await loadPartnershipAccess(ctx.models, user, req.params.id);
    requireAbility(access, 'manageMembers');
    const open = await findOpenLinks(ctx.models.Invitation, { partnershipId: access.partnership._id });
    const data: OpenInvitation[] = await presentOpenLinks(ctx.models, open, (invitation) => ({
      role: asMembershipRole(invitation.role),
      municipalityIndex: invitation.municipalityIndex,
    }));
    res.json({ data });
  });

  router.delete('/:id/invitations/:invitationId', async (req, res) => {
    const { user } = requireAuth(req);
    const access = await loadPartnershipAccess(ctx.models, user, req.params.id);
    requireAbility(access, 'manageMembers');
    await revokeLink(ctx.models.Invitation, { partnershipId: access.partnership._id }, req.params.invitationId, 'Invitation');
    res.status(204).end();
  });
  return router;
}

/** Looking at and accepting an invitation by its token. */
export function invitationsRoutes(ctx: AppContext): Router {
  const { models } = ctx;
  const router = Router();

  router.get('/:token', async (req, res) => {
    const invitation = await findInvitation(models, req.params.token);
    if (invitation.acceptedBy) throw unusable('used');
    if (invitation.expiresAt.getTime() <= Date.now()) throw unusable('expired');
    const partnership = await models.Partnership.findById(invitation.partnershipId);
    if (!partnership) throw notFound('Invitation');
    res.json({
      data: {
        partnershipName: partnership.name,
        municipalities: partnership.municipalities.map(presentMunicipality),
        role: asMembershipRole(invitation.role),
        municipalityIndex: invitation.municipalityIndex,
        expiresAt: invitation.expiresAt.toISOString(),
      },
    });
  });

  router.post('/:token/accept', async (req, res) => {
    const { user } = requireAuth(req);
    const invitation = await findInvitation(models, req.params.token);
    const existing = await models.Membership.findOne({ partnershipId: invitation.partnershipId, userId: user._id });
    if (!existing) {
      const joined = () => models.Membership.exists({ partnershipId: invitation.partnershipId, userId: user._id }).then(Boolean);
      if (await claimLink(models.Invitation, invitation._id, user._id, joined)) {
        await models.Membership.create({
          partnershipId: invitation.partnershipId,
          userId: user._id,
          role: invitation.role,
          municipalityIndex: invitation.municipalityIndex,
        });
        // A parallel accept of the same person that lost the claim found them joined and announced.
        ctx.realtime.joinPartnership(user.id, String(invitation.partnershipId));
        ctx.realtime.toPartnership(String(invitation.partnershipId)).emit('member:updated', {
          partnershipId: String(invitation.partnershipId),
          userId: user.id,
        });
      }
    }
    const access = await loadPartnershipAccess(models, user, String(invitation.partnershipId));
    const memberCount = await models.Membership.countDocuments({ partnershipId: access.partnership._id });
    res.json({
      data: presentPartnership(access.partnership, access.role, memberCount),
      abilities: partnershipAbilities(user, access.role),
    });
  });

  return router;
}
