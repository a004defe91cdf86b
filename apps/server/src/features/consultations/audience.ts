import type { ChannelRef } from '@jumelage/contracts/consultations';
import type { RealtimeServer } from '../../realtime/io.ts';
import { rooms } from '../../realtime/rooms.ts';
import type { ChannelDoc, ChannelRecord } from './channels.model.ts';
import { inviteeIds } from './consultations.policy.ts';

type ChannelShape = Pick<ChannelRecord, 'partnershipId' | 'kind' | 'consultation'>;

/**
 * Everyone who may read a channel: the partnership's room (its members, joined and left by the
 * realtime layer) plus the user rooms of a consultation's invitees. Computed from the channel on
 * every emit, so there are no per-channel rooms to keep in step with removals and invitations.
 */
export function channelRooms(channel: ChannelShape): string[] {
  return [rooms.partnership(String(channel.partnershipId)), ...inviteeIds(channel).map(rooms.user)];
}

/** Broadcast to a channel's readers (each socket once), minus the socket that caused the change. */
export function toChannel(io: RealtimeServer, channel: ChannelShape, exceptSocketId?: string) {
  const operator = io.to(channelRooms(channel));
  return exceptSocketId ? operator.except(exceptSocketId) : operator;
}

/** How a channel is named in events and answers. */
export const channelRef = (channel: Pick<ChannelDoc, 'partnershipId' | 'id'>): ChannelRef => ({ partnershipId: String(channel.partnershipId), channelId: channel.id });

/** An invitee joined or left: the channel's readers are told, and so are the invitee's own tabs (who may no longer be among them). */
export function announceInviteeChange(io: RealtimeServer, channel: ChannelDoc, userId: string): void {
  io.to([...channelRooms(channel), rooms.user(userId)]).emit('channel:updated', channelRef(channel));
}
