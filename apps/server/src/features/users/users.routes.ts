import { randomBytes } from 'node:crypto';
import { Router } from 'express';
import { setGlobalRoleBody, updateMeBody } from '@jumelage/contracts/auth';
import { objectId, pageQuery } from '@jumelage/contracts/common';
import type { AppContext } from '../../context.ts';
import { requireAuth } from '../../http/authenticate.ts';
import { AppError, forbidden, notFound } from '../../http/errors.ts';
import { beforeCursor, toPage } from '../../http/paginate.ts';
import { sendSecret } from '../../http/secrets.ts';
import { parse } from '../../http/validate.ts';
import { hashToken } from '../auth/sessions.ts';
import { presentUser } from './users.presenter.ts';

export function usersRoutes(ctx: AppContext): Router {
  const { models } = ctx;
  const router = Router();

  router.patch('/me', async (req, res) => {
    const { user } = requireAuth(req);
    const body = parse(updateMeBody, req.body);
    const isRenamed = body.name !== undefined && body.name !== user.name;
    user.set(body);
    await user.save();
    if (isRenamed) ctx.realtime.userRenamed(user.id, user.name);
    res.json({ data: presentUser(user) });
  });

  /** Issues a new calendar feed secret; the previous one stops working. */
  router.post('/me/calendar-token', async (req, res) => {
    const { user } = requireAuth(req);
    const token = randomBytes(24).toString('base64url');
    user.calendarTokenHash = hashToken(token);
    await user.save();
    sendSecret(res, 201, { data: { token } });
  });

  router.get('/', async (req, res) => {
    const { user } = requireAuth(req);
    if (user.globalRole !== 'admin') throw forbidden('Only administrators can list users');
    const query = parse(pageQuery, req.query);
    const users = await models.User.find(beforeCursor(query.before)).sort({ _id: -1 }).limit(query.limit + 1);
    res.json(toPage(users, query.limit, presentUser));
  });

  router.patch('/:userId', async (req, res) => {
    const { user } = requireAuth(req);
    if (user.globalRole !== 'admin') throw forbidden('Only administrators can change global roles');
    const userId = parse(objectId, req.params.userId);
    const body = parse(setGlobalRoleBody, req.body);
    if (userId === user.id && body.globalRole !== 'admin') throw forbidden('You cannot remove your own admin role');
    const target = await models.User.findById(userId);
    if (!target) throw notFound('User');
    const before = target.globalRole;
    const isChange = before !== body.globalRole;
    const setRole = async (globalRole: string) => {
      const stored = await models.User.findOneAndUpdate({ _id: target._id }, { $set: { globalRole } }, { returnDocument: 'after' });
      if (!stored) throw notFound('User');
      target.set(stored.toObject());
    };
    await setRole(body.globalRole);
    // Two administrators demoting each other at the same moment both pass the checks above (each is
    // still an administrator when asked): whoever then finds none left undoes their change.
    if (before === 'admin' && isChange && (await models.User.countDocuments({ globalRole: 'admin' })) === 0) {
      await setRole(before);
      // A connection opened meanwhile may have read the lower role: it gets the restored one.
      ctx.realtime.globalRoleChanged(target.id, before);
      throw new AppError('conflict', 'The platform needs at least one administrator');
    }
    if (isChange) ctx.realtime.globalRoleChanged(target.id, body.globalRole);
    res.json({ data: presentUser(target) });
  });

  return router;
}
