import type { Page } from '@jumelage/contracts/common';
import { chatLimits } from '@jumelage/contracts/constants';
import type {
  ChannelResponse,
  ChatMessage,
  ChannelRef,
  CreateConsultationBody,
  ExpertLink,
  InvitedConsultation,
  UpdateConsultationBody,
} from '@jumelage/contracts/consultations';
import type { OpenMinutesBody, PlanResponse } from '@jumelage/contracts/plans';
import { api, path } from '../../lib/api.ts';

// GET URLs are read through useResource; writes and history pages are the functions below.
export const channelsUrl = (partnershipId: string) =>
  path`/api/partnerships/${partnershipId}/channels`;
/** "Add to calendar": the consultation as an .ics file (a download; the session cookie goes along). */
export const consultationCalendarUrl = (channelId: string) =>
  path`/api/channels/${channelId}/consultation.ics`;
/** The programme coordinators one may invite (for those who schedule consultations). */
/** The feed of all the viewer's consultations a calendar app subscribes to (the token is the login). */
export const consultationsFeedUrl = (token: string) =>
  `${window.location.origin}/api/consultations.ics?token=${encodeURIComponent(token)}`;

export const coordinatorsUrl = '/api/coordinators';
/** The consultations the viewer is invited to, in every partnership. */
export const invitedConsultationsUrl = '/api/consultations';

/** A channel in its partnership's space (the consultations tab with that channel open). */
export const spaceChannelHref = (partnershipId: string, channelId: string) =>
  `${path`/p/${partnershipId}/consultations`}?channel=${channelId}`;

/**
 * Where an invitation opens: the consultation in its partnership's space for those who may read
 * the space (members, coordinators), else the page of the consultation alone (external experts).
 */
export function invitationHref(consultation: InvitedConsultation): string {
  return consultation.partnership.abilities.read
    ? spaceChannelHref(consultation.partnershipId, consultation.id)
    : path`/consultations/${consultation.id}`;
}

export function createConsultation(
  partnershipId: string,
  body: CreateConsultationBody,
): Promise<ChannelResponse> {
  return api.post<ChannelResponse>(channelsUrl(partnershipId), body);
}

export const expertLinkPreviewUrl = (token: string) => path`/api/consultation-invitations/${token}`;

/** A single-use link that invites one external expert to a consultation. */
export function createExpertLink(channelId: string): Promise<{ data: ExpertLink }> {
  return api.post<{ data: ExpertLink }>(path`/api/channels/${channelId}/invitations`, {});
}

/** The consultation's expert links not used yet (for those who may change it). */
export const openExpertLinksUrl = (channelId: string) =>
  path`/api/channels/${channelId}/invitations`;

export function revokeExpertLink(channelId: string, linkId: string): Promise<void> {
  return api.delete(path`/api/channels/${channelId}/invitations/${linkId}`);
}

export function acceptExpertLink(token: string): Promise<{ data: ChannelRef }> {
  return api.post<{ data: ChannelRef }>(path`/api/consultation-invitations/${token}/accept`);
}

/** The viewer declines their invitation to a consultation. */
export function declineInvitation(channelId: string): Promise<undefined> {
  return api.delete(path`/api/channels/${channelId}/invitation`);
}

export function updateConsultation(
  channelId: string,
  body: UpdateConsultationBody,
): Promise<ChannelResponse> {
  return api.patch<ChannelResponse>(path`/api/channels/${channelId}`, body);
}

type HistoryQuery = { before?: string | null; after?: string | null; limit?: number };

/** One page of history: newest first, or oldest first with `after` (see the contract). */
export function fetchMessages(
  channelId: string,
  query: HistoryQuery,
  signal?: AbortSignal,
): Promise<Page<ChatMessage>> {
  const params = new URLSearchParams({
    limit: String(query.limit ?? chatLimits.messagePageSizeDefault),
  });
  if (query.before) params.set('before', query.before);
  if (query.after) params.set('after', query.after);
  return api.get<Page<ChatMessage>>(
    `${path`/api/channels/${channelId}/messages`}?${params}`,
    signal,
  );
}

/** Everything after `afterId`, oldest first, following the cursor until caught up. */
export async function fetchMessagesAfter(
  channelId: string,
  afterId: string,
  signal?: AbortSignal,
): Promise<ChatMessage[]> {
  const messages: ChatMessage[] = [];
  let cursor: string | null = afterId;
  while (cursor) {
    const page = await fetchMessages(
      channelId,
      { after: cursor, limit: chatLimits.messagePageSizeMax },
      signal,
    );
    messages.push(...page.data);
    cursor = page.nextCursor;
  }
  return messages;
}

/** The consultation's minutes: made the first time, the same plan for everyone ever after. */
export async function openMinutes(channelId: string, body: OpenMinutesBody) {
  return (await api.post<PlanResponse>(path`/api/channels/${channelId}/minutes`, body)).data;
}
