import type { IncomingMessage } from 'node:http';
import type { RequestHandler } from 'express';
import type { Env } from '../env.ts';
import { forbidden } from './errors.ts';

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The origins allowed to send state-changing requests and open WebSockets: ours and the configured ones. */
export function allowedOrigins(env: Env): Set<string> {
  const origins = new Set(env.ALLOWED_ORIGINS);
  if (env.PUBLIC_URL) origins.add(new URL(env.PUBLIC_URL).origin);
  return origins;
}

/**
 * Browsers always send Origin on cross-site and state-changing requests, so a present Origin must be
 * ours (same host as the request, or listed); requests without one come from non-browser clients.
 */
export function isOriginAllowed(req: IncomingMessage, origins: Set<string>): boolean {
  const origin = req.headers.origin;
  if (origin === undefined) return true;
  if (origins.has(origin)) return true;
  try {
    return new URL(origin).host === req.headers.host;
  } catch {
    return false;
  }
}

export function checkOrigin(env: Env): RequestHandler {
  const origins = allowedOrigins(env);
  return (req, _res, next) => {
    if (safeMethods.has(req.method) || isOriginAllowed(req, origins)) return next();
    next(forbidden('Cross-origin request refused'));
  };
}
