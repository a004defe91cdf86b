import type { Request } from 'express';
import type { Env } from '../env.ts';

/** The address users reach this server at: PUBLIC_URL, else the request's own host. */
export function publicBaseUrl(req: Request, env: Env): string {
  return env.PUBLIC_URL?.replace(/\/$/, '') ?? `${req.protocol}://${req.get('host') ?? 'localhost'}`;
}
