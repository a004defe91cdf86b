import type { Channel, ChannelListItem, ChannelListResponse } from '@jumelage/contracts/consultations';
import { isComingPhase, type MembershipRole } from '@jumelage/contracts/constants';
import { objectId } from '@jumelage/contracts/common';
import { notFound } from '../../http/errors.ts';
import { parse } from '../../http/validate.ts';
import type { Models } from '../../models.ts';
import { membershipRoleIn } from '../partnerships/partnerships.access.ts';
import { partnershipAbilities } from '../partnerships/partnerships.policy.ts';
import type { UserDoc } from '../users/users.model.ts';
import { ensureGeneralChannel, loadInvitees } from './channels.commands.ts';
import type { ChannelDoc } from './channels.model.ts';
import { canManageConsultations, channelAbilities } from './consultations.policy.ts';
import { presentChannel } from './consultations.presenter.ts';
import { channelStates } from './read-markers.ts';

/**
 * Live and upcoming consultations first (soonest first), then General, then past and cancelled
 * ones (latest first).
 */
function byListOrder(a: Channel, b: Channel): number {
  const rank = (channel: Channel) => (isComingPhase(channel.consultation?.phase) ? 0 : channel.kind === 'general' ? 1 : 2);
  const startOf = (channel: Channel) => Date.parse(channel.consultation?.startsAt ?? channel.createdAt);
  const ranked = rank(a) - rank(b);
  if (ranked !== 0) return ranked;
  return rank(a) === 0 ? startOf(a) - startOf(b) : startOf(b) - startOf(a);
}

/**
 * Members see every channel (General is created here if an older partnership lacks it); other users
 * see the consultations they are invited to. Whoever sees neither the partnership nor an invitation
 * gets 404, as for the partnership itself.
 */
async function findVisibleChannels(models: Models, user: UserDoc, partnershipId: string, isMember: boolean): Promise<ChannelDoc[]> {
  if (!isMember) {
    return models.Channel.find({
      partnershipId,
      $or: [{ 'consultation.expertIds': user._id }, { 'consultation.coordinatorIds': user._id }],
    });
  }
  const channels = await models.Channel.find({ partnershipId });
  if (channels.some((channel) => channel.kind === 'general')) return channels;
  await ensureGeneralChannel(models, partnershipId);
  return models.Channel.find({ partnershipId });
}

/** The channels with the viewer's unread counts and abilities (role per channel's partnership), in list order. */
export async function presentChannelList(
  models: Models,
  user: UserDoc,
  channels: ChannelDoc[],
  roleIn: (channel: ChannelDoc) => MembershipRole | null,
): Promise<ChannelListItem[]> {
  const [states, invitees] = await Promise.all([
    channelStates(models, channels.map((channel) => channel.id), user.id),
    loadInvitees(models, channels),
  ]);
  const now = new Date();
  return channels
    .map((channel) => ({
      ...presentChannel(channel, states.get(channel.id) ?? { unreadCount: 0, lastReadId: null, lastMessageAt: null }, invitees, now),
      abilities: channelAbilities(user, roleIn(channel), channel),
    }))
    .sort(byListOrder);
}

export async function listChannels(models: Models, user: UserDoc, rawPartnershipId: unknown): Promise<ChannelListResponse> {
  const partnershipId = parse(objectId, rawPartnershipId);
  const [partnership, role] = await Promise.all([models.Partnership.findById(partnershipId), membershipRoleIn(models, partnershipId, user._id)]);
  if (!partnership) throw notFound('Partnership');
  const channels = await findVisibleChannels(models, user, partnershipId, role !== null);
  if (channels.length === 0 && !partnershipAbilities(user, role).read) throw notFound('Partnership');

  const data = await presentChannelList(models, user, channels, () => role);
  return { data, nextCursor: null, abilities: { createConsultation: canManageConsultations(role) } };
}

