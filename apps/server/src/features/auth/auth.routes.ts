import { Router } from 'express';
import { loginBody, registerBody } from '@jumelage/contracts/auth';
import { limits } from '@jumelage/contracts/constants';
import type { AppContext } from '../../context.ts';
import { requireAuth } from '../../http/authenticate.ts';
import { AppError } from '../../http/errors.ts';
import { createRateLimit } from '../../http/rate-limit.ts';
import { clearSessionCookie, setSessionCookie } from '../../http/session-cookie.ts';
import { parse } from '../../http/validate.ts';
import { presentUser } from '../users/users.presenter.ts';
import { hashPassword, verifyPassword } from './password.ts';
import { createSession, purgeExpiredSessions } from './sessions.ts';

const wrongCredentials = () => new AppError('unauthenticated', 'Email or password is wrong');

export function authRoutes(ctx: AppContext): Router {
  const { models, env } = ctx;
  const router = Router();
  const loginLimit = createRateLimit(limits.loginAttemptsPerMinute, 60);
  const registerLimit = createRateLimit(limits.loginAttemptsPerMinute, 60);

  router.post('/register', async (req, res) => {
    await registerLimit.consume(req.ip ?? 'unknown');
    const body = parse(registerBody, req.body);
    if (await models.User.exists({ email: body.email })) {
      throw new AppError('conflict', 'An account with this email already exists', [{ path: 'email', message: 'taken' }]);
    }
    const isFirstAccount = (await models.User.estimatedDocumentCount()) === 0;
    const user = await models.User.create({
      email: body.email,
      name: body.name,
      passwordHash: await hashPassword(body.password),
      locale: body.locale ?? 'en',
      timeZone: body.timeZone ?? 'Europe/Berlin',
      globalRole: isFirstAccount ? 'admin' : 'user',
    });
    const { token } = await createSession(models, user._id, env.SESSION_TTL_DAYS);
    setSessionCookie(req, res, env, token);
    res.status(201).json({ data: presentUser(user) });
  });

  router.post('/login', async (req, res) => {
    const body = parse(loginBody, req.body);
    await loginLimit.consume(`${req.ip ?? 'unknown'}|${body.email}`);
    const user = await models.User.findOne({ email: body.email });
    if (!(await verifyPassword(user?.passwordHash, body.password)) || !user) throw wrongCredentials();
    // Said only to whoever knows the password: the person can then ask an administrator.
    if (user.deactivatedAt) throw new AppError('account_deactivated', 'This account has been deactivated');
    await purgeExpiredSessions(models, user._id);
    const { token } = await createSession(models, user._id, env.SESSION_TTL_DAYS);
    setSessionCookie(req, res, env, token);
    res.json({ data: presentUser(user) });
  });

  router.post('/logout', async (req, res) => {
    if (req.auth) {
      await req.auth.session.deleteOne();
      ctx.realtime.disconnectSession(req.auth.session.id);
    }
    clearSessionCookie(req, res, env);
    res.status(204).end();
  });

  router.get('/me', (req, res) => {
    res.json({ data: presentUser(requireAuth(req).user) });
  });

  return router;
}
