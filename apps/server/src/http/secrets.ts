import type { Response } from 'express';

/**
 * Sends a response that carries a secret (an invitation link, a calendar feed token). API responses
 * are compressed, and a secret compressed next to text an attacker chose can be guessed from the
 * response's length (BREACH), so these are never compressed; nor stored by any cache.
 */
export function sendSecret(res: Response, status: number, body: unknown): void {
  res.setHeader('Cache-Control', 'no-store, no-transform');
  res.status(status).json(body);
}
