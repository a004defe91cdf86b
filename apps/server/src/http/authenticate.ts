import type { Request, RequestHandler } from 'express';
import type { Models } from '../models.ts';
import { resolveSession, type AuthContext } from '../features/auth/sessions.ts';
import { unauthenticated } from './errors.ts';
import { readSessionToken } from './session-cookie.ts';

declare module 'express-serve-static-core' {
  interface Request {
    auth?: AuthContext | null;
  }
}

/** Attaches the session's user (or null) to the request; routes decide whether they need one. */
export function authenticate(models: Models): RequestHandler {
  return async (req, _res, next) => {
    req.auth = await resolveSession(models, readSessionToken(req));
    next();
  };
}

export function requireAuth(req: Request): AuthContext {
  if (!req.auth) throw unauthenticated();
  return req.auth;
}
