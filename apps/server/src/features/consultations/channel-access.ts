import { objectId } from '@jumelage/contracts/common';
import type { ChannelAbilities } from '@jumelage/contracts/consultations';
import type { MembershipRole } from '@jumelage/contracts/constants';
import { forbidden, notFound } from '../../http/errors.ts';
import { parse } from '../../http/validate.ts';
import type { Models } from '../../models.ts';
import { membershipRoleIn } from '../partnerships/partnerships.access.ts';
import type { ChannelDoc } from './channels.model.ts';
import { channelAbilities, type ChatActor } from './consultations.policy.ts';

export interface ChannelAccess {
  channel: ChannelDoc;
  role: MembershipRole | null;
  abilities: ChannelAbilities;
}

/** Loads a channel with the actor's abilities; anyone who may not read it gets 404, as for partnerships. */
export async function loadChannelAccess(models: Models, actor: ChatActor, rawChannelId: unknown): Promise<ChannelAccess> {
  const channelId = parse(objectId, rawChannelId);
  const channel = await models.Channel.findById(channelId);
  if (!channel) throw notFound('Channel');
  const role = await membershipRoleIn(models, channel.partnershipId, actor.id);
  const abilities = channelAbilities(actor, role, channel);
  if (!abilities.read) throw notFound('Channel');
  return { channel, role, abilities };
}

export function requireChannelAbility(access: ChannelAccess, ability: keyof ChannelAbilities): void {
  if (!access.abilities[ability]) throw forbidden();
}

/**
 * Socket commands come in bursts (a conversation), so a connection remembers a channel's access for
 * a moment instead of asking the database on every message. Removal from a partnership and changes
 * to a consultation clear it at once in this process; the TTL bounds staleness everywhere else
 * (e.g. a role change, or another server process), well within the 2 s allowed for removals.
 */
export function createAccessCache(ttlMs: number, maxEntries = 10_000) {
  const entries = new Map<string, { access: ChannelAccess; expiresAt: number }>();
  const keyOf = (userId: string, channelId: string) => `${userId}:${channelId}`;
  return {
    async load(models: Models, actor: ChatActor, channelId: string): Promise<ChannelAccess> {
      const key = keyOf(actor.id, channelId);
      const cached = entries.get(key);
      if (cached && cached.expiresAt > Date.now()) return cached.access;
      const access = await loadChannelAccess(models, actor, channelId);
      entries.delete(key);
      if (entries.size >= maxEntries) entries.delete(entries.keys().next().value ?? '');
      entries.set(key, { access, expiresAt: Date.now() + ttlMs });
      return access;
    },
    forgetUser(userId: string): void {
      for (const key of entries.keys()) if (key.startsWith(`${userId}:`)) entries.delete(key);
    },
    forgetChannel(channelId: string): void {
      for (const key of entries.keys()) if (key.endsWith(`:${channelId}`)) entries.delete(key);
    },
  };
}

export type AccessCache = ReturnType<typeof createAccessCache>;
