import type { IncomingMessage } from 'node:http';
import { parse } from 'cookie';
import type { Request, Response } from 'express';
import { sessionCookieName } from '@jumelage/contracts/constants';
import type { Env } from '../env.ts';
import { dayMs } from '../days.ts';

export function readSessionToken(req: IncomingMessage): string | undefined {
  const header = req.headers.cookie;
  return header ? parse(header)[sessionCookieName] : undefined;
}

function isSecure(req: Request, env: Env): boolean {
  return req.secure || Boolean(env.PUBLIC_URL?.startsWith('https:'));
}

export function setSessionCookie(req: Request, res: Response, env: Env, token: string): void {
  res.cookie(sessionCookieName, token, {
    httpOnly: true,
    sameSite: 'lax',
    secure: isSecure(req, env),
    path: '/',
    maxAge: env.SESSION_TTL_DAYS * dayMs,
  });
}

export function clearSessionCookie(req: Request, res: Response, env: Env): void {
  res.clearCookie(sessionCookieName, { httpOnly: true, sameSite: 'lax', secure: isSecure(req, env), path: '/' });
}
