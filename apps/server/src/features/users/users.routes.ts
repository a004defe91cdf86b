import { randomBytes } from 'node:crypto';
import { Router, type Request } from 'express';
import { setGlobalRoleBody, updateMeBody, usersQuery, type SoleOwnershipsResponse } from '@jumelage/contracts/auth';
import { objectId } from '@jumelage/contracts/common';
import type { AppContext } from '../../context.ts';
import { requireAuth } from '../../http/authenticate.ts';
import { forbidden } from '../../http/errors.ts';
import { beforeCursor, toPage } from '../../http/paginate.ts';
import { sendSecret } from '../../http/secrets.ts';
import { parse } from '../../http/validate.ts';
import { hashToken } from '../auth/sessions.ts';
import { changeGlobalRole, deactivateAccount, reactivateAccount, soleOwnerships } from './users.commands.ts';
import { presentUser } from './users.presenter.ts';
import { backfillSearchKeys, usersFilter } from './users.search.ts';

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
    // Accounts made by a server that does not write keys yet (a rolling deploy) are found too.
    if (query.q) await backfillSearchKeys(models);
    const users = await models.User.find({ ...usersFilter(query), ...beforeCursor(query.before) })
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
    res.json({ data: presentUser(await changeGlobalRole(ctx, userId, body.globalRole)) });
  });

  return router;
}
