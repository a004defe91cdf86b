import { randomBytes } from 'node:crypto';
import { Router, type Request } from 'express';
import escapeStringRegexp from 'escape-string-regexp';
import { setGlobalRoleBody, updateMeBody, usersQuery, type SoleOwnershipsResponse } from '@jumelage/contracts/auth';
import { objectId } from '@jumelage/contracts/common';
import type { AppContext } from '../../context.ts';
import { requireAuth } from '../../http/authenticate.ts';
import { forbidden, notFound } from '../../http/errors.ts';
import { beforeCursor, toPage } from '../../http/paginate.ts';
import { sendSecret } from '../../http/secrets.ts';
import { parse } from '../../http/validate.ts';
import { hashToken } from '../auth/sessions.ts';
import { activeAdminCount, deactivateAccount, lastAdmin, reactivateAccount, soleOwnerships } from './users.commands.ts';
import { presentUser } from './users.presenter.ts';

function requireAdmin(req: Request, refusal: string) {
  const auth = requireAuth(req);
  if (auth.user.globalRole !== 'admin') throw forbidden(refusal);
  return auth;
}

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
    requireAdmin(req, 'Only administrators can list users');
    const query = parse(usersQuery, req.query);
    const found = query.q ? new RegExp(escapeStringRegexp(query.q), 'i') : null;
    const filter = found ? { $or: [{ name: found }, { email: found }] } : {};
    const users = await models.User.find({ ...filter, ...beforeCursor(query.before) })
      .sort({ _id: -1 })
      .limit(query.limit + 1);
    res.json(toPage(users, query.limit, presentUser));
  });

  /** Someone left: their account stops signing in, what they wrote stays (`deactivateAccount`). */
  router.post('/:userId/deactivation', async (req, res) => {
    const { user } = requireAdmin(req, 'Only administrators can deactivate accounts');
    const userId = parse(objectId, req.params.userId);
    if (userId === user.id) throw forbidden('You cannot deactivate your own account');
    res.json({ data: presentUser(await deactivateAccount(ctx, userId)) });
  });

  /** Asked by the deactivation dialog: where this account is the last owner who can sign in. */
  router.get('/:userId/sole-ownerships', async (req, res) => {
    requireAdmin(req, 'Only administrators can deactivate accounts');
    const userId = parse(objectId, req.params.userId);
    const body: SoleOwnershipsResponse = { data: await soleOwnerships(models, userId) };
    res.json(body);
  });

  router.delete('/:userId/deactivation', async (req, res) => {
    requireAdmin(req, 'Only administrators can reactivate accounts');
    res.json({ data: presentUser(await reactivateAccount(ctx, parse(objectId, req.params.userId))) });
  });

  router.patch('/:userId', async (req, res) => {
    const { user } = requireAdmin(req, 'Only administrators can change global roles');
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
    if (before === 'admin' && isChange && (await activeAdminCount(models)) === 0) {
      await setRole(before);
      // A connection opened meanwhile may have read the lower role: it gets the restored one.
      ctx.realtime.globalRoleChanged(target.id, before);
      throw lastAdmin();
    }
    if (isChange) ctx.realtime.globalRoleChanged(target.id, body.globalRole);
    res.json({ data: presentUser(target) });
  });

  return router;
}
