import { createHash, randomBytes } from 'node:crypto';
import mongoose from 'mongoose';
import { sessionCookieName } from '@jumelage/contracts/constants';
import type { Models } from '@jumelage/server/models';

export interface Population {
  partnershipId: string;
  generalId: string;
  /** One Cookie header per member, in insertion order. */
  cookies: string[];
}

/**
 * One partnership with `size` members who are logged in already: users, sessions and memberships are
 * inserted in bulk (logging 1,000 users in through argon2 would take minutes). Session tokens are
 * stored as their SHA-256, as the server does.
 */
export async function populatePartnership(models: Models, size: number): Promise<Population> {
  const partnershipId = new mongoose.Types.ObjectId();
  const users = Array.from({ length: size }, (_, i) => ({
    _id: new mongoose.Types.ObjectId(),
    email: `member-${i}-${partnershipId.toHexString()}@bench.example`,
    name: `Member ${i}`,
    passwordHash: 'not used: sessions are inserted directly',
  }));
  const tokens = users.map(() => randomBytes(32).toString('base64url'));
  const now = Date.now();
  for (let start = 0; start < size; start += 500) {
    const slice = users.slice(start, start + 500);
    await models.User.insertMany(slice);
    await models.Session.insertMany(
      slice.map((user, i) => ({
        tokenHash: createHash('sha256').update(tokens[start + i] ?? '').digest('hex'),
        userId: user._id,
        createdAt: new Date(now),
        lastSeenAt: new Date(now),
        expiresAt: new Date(now + 86_400_000),
      })),
    );
    await models.Membership.insertMany(slice.map((user) => ({ partnershipId, userId: user._id, role: 'member', municipalityIndex: 0 })));
  }
  await models.Partnership.create({
    _id: partnershipId,
    name: 'Benchmark partnership',
    municipalities: [
      { name: 'Wolfsburg', country: 'DE', language: 'de', timeZone: 'Europe/Berlin' },
      { name: 'Jendouba', country: 'TN', language: 'fr', timeZone: 'Africa/Tunis' },
    ],
    createdBy: users[0]?._id ?? new mongoose.Types.ObjectId(),
  });
  await models.Channel.create({ _id: partnershipId, partnershipId, kind: 'general', title: 'General' });
  return {
    partnershipId: partnershipId.toHexString(),
    generalId: partnershipId.toHexString(),
    cookies: tokens.map((token) => `${sessionCookieName}=${token}`),
  };
}
