import type { Request } from 'express';
import { z } from 'zod';
import { unauthenticated } from '../../http/errors.ts';
import type { Models } from '../../models.ts';
import { hashToken } from '../auth/sessions.ts';
import type { UserDoc } from './users.model.ts';

/** The query of a calendar feed: the secret that stands in for the login of calendar apps. */
export const calendarFeedQuery = z.strictObject({ token: z.string().regex(/^[A-Za-z0-9_-]{20,64}$/).optional() });

/** The session's user, or the owner of the calendar token in the URL (calendar apps cannot log in). */
export async function calendarViewer(models: Models, req: Request, token: string | undefined): Promise<UserDoc> {
  if (req.auth) return req.auth.user;
  const user = token ? await models.User.findOne({ calendarTokenHash: hashToken(token) }) : null;
  if (!user || user.deactivatedAt) throw unauthenticated();
  return user;
}
