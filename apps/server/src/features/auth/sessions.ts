import { createHash, randomBytes } from 'node:crypto';
import mongoose, { type Types } from 'mongoose';
import type { Models } from '../../models.ts';
import type { SessionDoc } from './sessions.model.ts';
import type { UserDoc } from '../users/users.model.ts';
import { daysFrom } from '../../days.ts';

const lastSeenResolutionMs = 5 * 60 * 1000;

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export interface AuthContext {
  user: UserDoc;
  session: SessionDoc;
}

/** Creates a session and returns the opaque token; only its hash is stored. */
export async function createSession(models: Models, userId: Types.ObjectId, ttlDays: number) {
  const token = randomBytes(32).toString('base64url');
  const now = new Date();
  const session = await models.Session.create({
    tokenHash: hashToken(token),
    userId,
    createdAt: now,
    lastSeenAt: now,
    expiresAt: daysFrom(now, ttlDays),
  });
  return { token, session };
}

/** Resolves a session token to its user; expiry is enforced here, in code, not by a TTL index. */
export async function resolveSession(models: Models, token: string | undefined): Promise<AuthContext | null> {
  if (!token || token.length > 100) return null;
  const session = await models.Session.findOne({ tokenHash: hashToken(token) });
  if (!session) return null;
  const now = Date.now();
  if (session.expiresAt.getTime() <= now) {
    await session.deleteOne();
    return null;
  }
  const user = await models.User.findById(session.userId);
  if (!user || user.deactivatedAt) return null;
  if (now - session.lastSeenAt.getTime() > lastSeenResolutionMs) {
    // An update, not a save: a session logged out meanwhile is simply not there to update.
    session.lastSeenAt = new Date(now);
    await models.Session.updateOne({ _id: session._id }, { $set: { lastSeenAt: session.lastSeenAt } });
  }
  return { user, session };
}

export async function purgeExpiredSessions(models: Models, userId: Types.ObjectId): Promise<void> {
  await models.Session.deleteMany({ userId, expiresAt: mongoose.trusted({ $lte: new Date() }) });
}
