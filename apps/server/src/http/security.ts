import helmet from 'helmet';
import type { Env } from '../env.ts';
import { allowedOrigins } from './origin.ts';

const toWebSocketOrigin = (origin: string) => origin.replace(/^http/, 'ws');

/** Security headers; the CSP lets the page open WebSockets to its own origin and the configured ones. */
export function securityHeaders(env: Env) {
  const origins = [...allowedOrigins(env)];
  return helmet({
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        connectSrc: ["'self'", ...origins, ...origins.map(toWebSocketOrigin)],
        workerSrc: ["'self'", 'blob:'],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        upgradeInsecureRequests: env.PUBLIC_URL?.startsWith('https:') ? [] : null,
      },
    },
    crossOriginEmbedderPolicy: false,
  });
}
