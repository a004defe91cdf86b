import type { ChannelAbilities } from '@jumelage/contracts/consultations';
import type { GlobalRole, MembershipRole } from '@jumelage/contracts/constants';
import { partnershipAbilities } from '../partnerships/partnerships.policy.ts';
import type { ChannelRecord } from './channels.model.ts';

/** Who is acting: a REST user or a socket's user (only id and global role matter to the policy). */
export interface ChatActor {
  id: string;
  globalRole: GlobalRole | string;
}

type ChannelShape = Pick<ChannelRecord, 'kind' | 'consultation'>;

/** Everyone invited to a consultation, experts and coordinators alike. */
export function inviteeIds(channel: ChannelShape): string[] {
  if (channel.kind !== 'consultation' || !channel.consultation) return [];
  return [...channel.consultation.expertIds, ...channel.consultation.coordinatorIds].map(String);
}

/** Owners and members schedule consultations; experts take part, observers read. */
export const schedulingRoles: readonly MembershipRole[] = ['owner', 'member'];

export function canManageConsultations(role: MembershipRole | null): boolean {
  return role !== null && schedulingRoles.includes(role);
}

/**
 * Everything a user may do in one channel. Members read every channel of their partnership and
 * write where their role may chat; an invitation opens that one consultation (read and write) to a
 * non-member, e.g. a coordinator or an external expert, and nothing else.
 */
export function channelAbilities(actor: ChatActor, role: MembershipRole | null, channel: ChannelShape): ChannelAbilities {
  const isInvited = inviteeIds(channel).includes(actor.id);
  const canChat = partnershipAbilities(actor, role).chat;
  return {
    read: role !== null || isInvited,
    send: canChat || isInvited,
    update: channel.kind === 'consultation' && canManageConsultations(role),
  };
}
