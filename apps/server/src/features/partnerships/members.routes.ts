import { Router } from 'express';
import mongoose from 'mongoose';
import { objectId } from '@jumelage/contracts/common';
import { updateMemberBody } from '@jumelage/contracts/partnerships';
import type { AppContext } from '../../context.ts';
import { requireAuth } from '../../http/authenticate.ts';
import { AppError, notFound } from '../../http/errors.ts';
import { parse } from '../../http/validate.ts';
import type { Models } from '../../models.ts';
import { uninviteExpert } from '../consultations/channels.commands.ts';
import type { MembershipDoc } from './memberships.model.ts';
import { loadPartnershipAccess, requireAbility, type PartnershipAccess } from './partnerships.access.ts';
import { presentMember } from './partnerships.presenter.ts';

async function loadMembership(models: Models, access: PartnershipAccess, rawUserId: unknown): Promise<MembershipDoc> {
  const userId = parse(objectId, rawUserId);
  const membership = await models.Membership.findOne({ partnershipId: access.partnership._id, userId });
  if (!membership) throw notFound('Member');
  return membership;
}

const lastOwner = () => new AppError('conflict', 'A partnership needs at least one owner');
const ownerCount = (models: Models, membership: MembershipDoc) => models.Membership.countDocuments({ partnershipId: membership.partnershipId, role: 'owner' });

/**
 * A partnership always keeps at least one owner. Checked before an owner steps down or is removed,
 * and again after the change: the last two owners demoting each other (or both leaving) at the same
 * moment both pass the first check, so whoever then finds no owner left undoes their change (a
 * transaction would do, but FerretDB has none). Some owner always remains, since a change stands
 * only when its own later count still found one.
 */
async function changeOwner(models: Models, membership: MembershipDoc, change: () => Promise<void>, undo: () => Promise<void>): Promise<void> {
  const wasOwner = membership.role === 'owner';
  if (wasOwner && (await ownerCount(models, membership)) <= 1) throw lastOwner();
  await change();
  if (!wasOwner || (await ownerCount(models, membership)) > 0) return;
  await undo();
  throw lastOwner();
}

export function membersRoutes(ctx: AppContext): Router {
  const { models } = ctx;
  const router = Router();

  router.get('/:id/members', async (req, res) => {
    const { user } = requireAuth(req);
    const access = await loadPartnershipAccess(models, user, req.params.id);
    const memberships = await models.Membership.find({ partnershipId: access.partnership._id }).sort({ _id: 1 });
    const users = await models.User.find({ _id: mongoose.trusted({ $in: memberships.map((m) => m.userId) }) });
    const userById = new Map(users.map((u) => [u.id, u]));
    const data = memberships.flatMap((m) => {
      const member = userById.get(String(m.userId));
      return member ? [presentMember(m, member)] : [];
    });
    res.json({ data, nextCursor: null });
  });

  router.patch('/:id/members/:userId', async (req, res) => {
    const { user } = requireAuth(req);
    const access = await loadPartnershipAccess(models, user, req.params.id);
    requireAbility(access, 'manageMembers');
    const body = parse(updateMemberBody, req.body);
    const membership = await loadMembership(models, access, req.params.userId);
    if (body.municipalityIndex !== undefined && body.municipalityIndex >= access.partnership.municipalities.length) {
      throw new AppError('validation_failed', 'The request is not valid', [
        { path: 'municipalityIndex', message: 'must point at one of the municipalities' },
      ]);
    }
    const isRoleChange = body.role !== undefined && body.role !== membership.role;
    // What the request changes, as it was: an undo puts back only that.
    const before = Object.fromEntries(Object.keys(body).map((key) => [key, membership.get(key) as unknown]));
    // One update each (a member removed meanwhile is 404, not a failed save).
    const save = async (fields: Record<string, unknown>) => {
      const stored = await models.Membership.findOneAndUpdate({ _id: membership._id }, { $set: fields }, { returnDocument: 'after' });
      if (!stored) throw notFound('Member');
      membership.set(stored.toObject());
    };
    if (isRoleChange) {
      const undo = async () => {
        await save(before);
        // A connection opened meanwhile may have read the lower role: it reads it again.
        ctx.realtime.accessChanged(String(membership.userId), access.partnership.id);
      };
      await changeOwner(models, membership, () => save(body), undo);
    } else await save(body);
    if (isRoleChange) ctx.realtime.accessChanged(String(membership.userId), access.partnership.id);
    const member = await models.User.findById(membership.userId);
    if (!member) throw notFound('Member');
    ctx.realtime.toPartnership(access.partnership.id).emit('member:updated', { partnershipId: access.partnership.id, userId: member.id });
    res.json({ data: presentMember(membership, member) });
  });

  router.delete('/:id/members/:userId', async (req, res) => {
    const { user } = requireAuth(req);
    const access = await loadPartnershipAccess(models, user, req.params.id);
    const isLeaving = req.params.userId === user.id;
    if (!isLeaving) requireAbility(access, 'manageMembers');
    const membership = await loadMembership(models, access, req.params.userId);
    const record = membership.toObject();
    await changeOwner(models, membership, async () => void (await membership.deleteOne()), async () => void (await models.Membership.create(record)));
    await uninviteExpert(models, access.partnership._id, membership.userId);
    const removedUserId = String(membership.userId);
    ctx.realtime.leavePartnership(removedUserId, access.partnership.id);
    ctx.realtime.toPartnership(access.partnership.id).emit('member:removed', { partnershipId: access.partnership.id, userId: removedUserId });
    res.status(204).end();
  });

  return router;
}
