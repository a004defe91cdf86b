import { Router } from 'express';
import mongoose from 'mongoose';
import { pageQuery } from '@jumelage/contracts/common';
import { createPartnershipBody, updatePartnershipBody, type UpdatePartnershipBody } from '@jumelage/contracts/partnerships';
import type { AppContext } from '../../context.ts';
import { requireAuth } from '../../http/authenticate.ts';
import { AppError, notFound } from '../../http/errors.ts';
import { beforeCursor, toPage } from '../../http/paginate.ts';
import { parse } from '../../http/validate.ts';
import type { Models } from '../../models.ts';
import { asMembershipRole, loadPartnershipAccess, requireAbility } from './partnerships.access.ts';
import { isGlobalViewer, partnershipAbilities } from './partnerships.policy.ts';
import { presentPartnership } from './partnerships.presenter.ts';
import { ensureGeneralChannel } from '../consultations/channels.commands.ts';

/** Member counts of many partnerships in one query (a single `$sum`, which FerretDB v1 counts right). */
async function countMembers(models: Models, ids: mongoose.Types.ObjectId[]): Promise<Map<string, number>> {
  const rows = await models.Membership.aggregate<{ _id: mongoose.Types.ObjectId; n: number }>([
    { $match: { partnershipId: { $in: ids } } },
    { $group: { _id: '$partnershipId', n: { $sum: 1 } } },
  ]);
  return new Map(rows.map((row) => [String(row._id), row.n]));
}

/**
 * The condition under which the body's dates keep the start before the end: false when the body
 * itself (or with the date read) inverts them, else a filter on the stored date the body leaves
 * alone, so that two requests setting one date each at the same moment cannot cross.
 */
function datesInOrder(body: UpdatePartnershipBody, stored: { startsOn?: string | null; endsOn?: string | null }) {
  const startsOn = body.startsOn === undefined ? stored.startsOn : body.startsOn;
  const endsOn = body.endsOn === undefined ? stored.endsOn : body.endsOn;
  if (startsOn && endsOn && startsOn > endsOn) return false;
  if (body.startsOn && body.endsOn === undefined) return { $or: [{ endsOn: null }, { endsOn: mongoose.trusted({ $gte: body.startsOn }) }] };
  if (body.endsOn && body.startsOn === undefined) return { $or: [{ startsOn: null }, { startsOn: mongoose.trusted({ $lte: body.endsOn }) }] };
  return {};
}

export function partnershipsRoutes(ctx: AppContext): Router {
  const { models } = ctx;
  const router = Router();

  router.get('/', async (req, res) => {
    const { user } = requireAuth(req);
    const query = parse(pageQuery, req.query);
    const memberships = await models.Membership.find({ userId: user._id });
    const roleOf = new Map(memberships.map((m) => [String(m.partnershipId), asMembershipRole(m.role)]));
    const scope = isGlobalViewer(user) ? {} : { _id: mongoose.trusted({ $in: memberships.map((m) => m.partnershipId) }) };
    const filter = query.before ? { $and: [scope, beforeCursor(query.before)] } : scope;
    const rows = await models.Partnership.find(filter).sort({ _id: -1 }).limit(query.limit + 1);
    const counts = await countMembers(models, rows.map((row) => row._id));
    res.json(
      toPage(rows, query.limit, (partnership) => {
        const role = roleOf.get(partnership.id) ?? null;
        return {
          ...presentPartnership(partnership, role, counts.get(partnership.id) ?? 0),
          abilities: partnershipAbilities(user, role),
        };
      }),
    );
  });

  router.post('/', async (req, res) => {
    const { user } = requireAuth(req);
    const { myMunicipalityIndex, ...fields } = parse(createPartnershipBody, req.body);
    const partnership = await models.Partnership.create({ ...fields, createdBy: user._id });
    try {
      await models.Membership.create({
        partnershipId: partnership._id,
        userId: user._id,
        role: 'owner',
        municipalityIndex: myMunicipalityIndex,
      });
    } catch (error) {
      await partnership.deleteOne();
      throw error;
    }
    await ensureGeneralChannel(models, partnership._id);
    ctx.realtime.joinPartnership(user.id, partnership.id);
    res.status(201).json({
      data: presentPartnership(partnership, 'owner', 1),
      abilities: partnershipAbilities(user, 'owner'),
    });
  });

  router.get('/:id', async (req, res) => {
    const { user } = requireAuth(req);
    const access = await loadPartnershipAccess(models, user, req.params.id);
    const memberCount = await models.Membership.countDocuments({ partnershipId: access.partnership._id });
    res.json({ data: presentPartnership(access.partnership, access.role, memberCount), abilities: access.abilities });
  });

  router.patch('/:id', async (req, res) => {
    const { user } = requireAuth(req);
    const access = await loadPartnershipAccess(models, user, req.params.id);
    requireAbility(access, 'update');
    const body = parse(updatePartnershipBody, req.body);
    const { partnership } = access;
    if (body.municipalities && body.municipalities.length !== partnership.municipalities.length) {
      throw new AppError('validation_failed', 'The request is not valid', [{ path: 'municipalities', message: `must keep the partnership's ${partnership.municipalities.length} municipalities, edited in place` }]);
    }
    const inOrder = datesInOrder(body, partnership);
    const updated = inOrder && (await models.Partnership.findOneAndUpdate({ _id: partnership._id, ...inOrder }, { $set: body }, { returnDocument: 'after' }));
    if (!updated) {
      if (inOrder && !(await models.Partnership.exists({ _id: partnership._id }))) throw notFound('Partnership');
      throw new AppError('validation_failed', 'The request is not valid', [{ path: 'endsOn', message: 'endsOn must not be before startsOn' }]);
    }
    const memberCount = await models.Membership.countDocuments({ partnershipId: updated._id });
    const data = presentPartnership(updated, access.role, memberCount);
    ctx.realtime.toPartnership(updated.id, { exceptSenderOf: req }).emit('partnership:updated', { partnershipId: updated.id });
    res.json({ data, abilities: access.abilities });
  });

  return router;
}
