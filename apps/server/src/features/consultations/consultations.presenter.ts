import type { Channel, ChannelInvitee, ChatMessage, ConsultationChange, ConsultationView, ReadMarker } from '@jumelage/contracts/consultations';
import { channelKinds, consultationChangeKinds, type ConsultationPhase } from '@jumelage/contracts/constants';
import type { UserDoc } from '../users/users.model.ts';
import type { ChannelDoc } from './channels.model.ts';
import type { MessageDoc } from './messages.model.ts';

type Consultation = NonNullable<ChannelDoc['consultation']>;

export function consultationPhase(consultation: Pick<Consultation, 'startsAt' | 'endsAt'>, now: Date): ConsultationPhase {
  if (now < consultation.startsAt) return 'upcoming';
  return now < consultation.endsAt ? 'live' : 'past';
}

function presentInvitees(consultation: Consultation, users: Map<string, UserDoc>): ChannelInvitee[] {
  const invited = [
    ...consultation.expertIds.map((id) => ({ id: String(id), invitedAs: 'expert' as const })),
    ...consultation.coordinatorIds.map((id) => ({ id: String(id), invitedAs: 'coordinator' as const })),
  ];
  return invited.flatMap(({ id, invitedAs }) => {
    const user = users.get(id);
    return user ? [{ id, name: user.name, timeZone: user.timeZone, invitedAs }] : [];
  });
}

function presentChange(change: Consultation['lastChange']): ConsultationChange | null {
  if (!change) return null;
  return {
    kind: consultationChangeKinds.find((kind) => kind === change.kind) ?? 'moved',
    by: { id: String(change.byId), name: change.byName },
    at: change.at.toISOString(),
    previousStartsAt: change.previousStartsAt?.toISOString() ?? null,
    previousEndsAt: change.previousEndsAt?.toISOString() ?? null,
  };
}

function presentConsultation(consultation: Consultation, users: Map<string, UserDoc>, now: Date): ConsultationView {
  return {
    startsAt: consultation.startsAt.toISOString(),
    endsAt: consultation.endsAt.toISOString(),
    agenda: consultation.agenda,
    meetingUrl: consultation.meetingUrl,
    phase: consultation.cancelledAt ? 'cancelled' : consultationPhase(consultation, now),
    cancelledAt: consultation.cancelledAt?.toISOString() ?? null,
    expertIds: consultation.expertIds.map(String),
    coordinatorIds: consultation.coordinatorIds.map(String),
    invitees: presentInvitees(consultation, users),
    minutesPlanId: consultation.minutesPlanId ? String(consultation.minutesPlanId) : null,
    lastChange: presentChange(consultation.lastChange),
  };
}

/** What a channel looks like to one viewer, beyond the channel document. */
export interface ChannelState {
  unreadCount: number;
  lastReadId: string | null;
  lastMessageAt: Date | null;
}

/** A channel as one viewer sees it; `users` holds the invitees (for their names and time zones). */
export function presentChannel(channel: ChannelDoc, state: ChannelState, users: Map<string, UserDoc>, now = new Date()): Channel {
  return {
    id: channel.id,
    partnershipId: String(channel.partnershipId),
    kind: channelKinds.find((kind) => kind === channel.kind) ?? 'general',
    title: channel.title,
    consultation: channel.kind === 'consultation' && channel.consultation ? presentConsultation(channel.consultation, users, now) : null,
    lastMessageAt: state.lastMessageAt?.toISOString() ?? null,
    createdAt: channel.createdAt.toISOString(),
    unreadCount: state.unreadCount,
    lastReadId: state.lastReadId,
  };
}

export function presentMessage(message: MessageDoc): ChatMessage {
  return {
    id: message.id,
    channelId: String(message.channelId),
    partnershipId: String(message.partnershipId),
    clientId: message.clientId,
    author: { id: String(message.authorId), name: message.authorName },
    body: message.deletedAt ? '' : message.body,
    createdAt: message.createdAt.toISOString(),
    editedAt: message.editedAt?.toISOString() ?? null,
    deletedAt: message.deletedAt?.toISOString() ?? null,
  };
}

export function presentReadMarker(channelId: string, lastReadId: string | null, unreadCount: number): ReadMarker {
  return { channelId, lastReadId, unreadCount };
}
