// Socket.IO event maps shared by server and web. Type-only: no runtime code, no zod.
// Clients ask in the imperative with an acknowledgement; the server announces in the past tense.

import type { MilestoneChanged, MilestoneDeleted } from './milestones.ts';
import type { PlanChanged, PlanDeleted, PlanVersionChanged } from './plans.ts';
import type {
  ChannelRef,
  ChatMessage,
  DeleteMessagePayload,
  EditMessagePayload,
  PresenceChanged,
  PresenceListPayload,
  PresenceSnapshot,
  ReadChannelPayload,
  ReadMarker,
  SendMessagePayload,
  TypingChanged,
  TypingPayload,
} from './consultations.ts';
import type { ErrorBody } from './constants.ts';

/** The acknowledgement of every client command: `{ ok: true, ...result }` or the REST error shape. */
export type Ack<T extends object = object> = ({ ok: true } & T) | AckFailure;
export interface AckFailure {
  ok: false;
  error: ErrorBody['error'];
  /** With `rate_limited`: when to try again. */
  retryAfterSeconds?: number;
}

export interface PartnershipRef {
  partnershipId: string;
}

export interface MemberRef extends PartnershipRef {
  userId: string;
}

export interface ServerToClientEvents {
  /** The viewer's own account changed (an administrator set its global role): read it again. */
  'account:updated': () => void;
  'partnership:updated': (event: PartnershipRef) => void;
  'member:updated': (event: MemberRef) => void;
  'member:removed': (event: MemberRef) => void;
  'milestone:created': (event: MilestoneChanged) => void;
  'milestone:updated': (event: MilestoneChanged) => void;
  'milestone:deleted': (event: MilestoneDeleted) => void;
  'plan:created': (event: PlanChanged) => void;
  'plan:updated': (event: PlanChanged) => void;
  'plan:deleted': (event: PlanDeleted) => void;
  /** Not sent to the socket that saved or renamed it (its panel takes the version from the answer). */
  'planVersion:created': (event: PlanVersionChanged) => void;
  'planVersion:renamed': (event: PlanVersionChanged) => void;
  'planVersion:updated': (event: PlanVersionChanged) => void;
  // Consultations. Chat events go to everyone who may read the channel, except the socket that caused them.
  'message:created': (message: ChatMessage) => void;
  'message:updated': (message: ChatMessage) => void;
  /** The message keeps its place with an empty body and deletedAt set. */
  'message:deleted': (message: ChatMessage) => void;
  /** A consultation was added or changed (also sent to invitees who were just removed); refetch it. */
  'channel:created': (event: ChannelRef) => void;
  'channel:updated': (event: ChannelRef) => void;
  /** The viewer's read marker moved on another of their connections. */
  'readMarker:updated': (marker: ReadMarker) => void;
  /** Volatile; an indicator not renewed within chatLimits.typingTimeoutMs disappears. */
  'typing:changed': (event: TypingChanged) => void;
  /** List with presence:list after connecting, then apply these. */
  'presence:changed': (event: PresenceChanged) => void;
}

export interface ClientToServerEvents {
  // Consultations. Unknown events and invalid payloads are answered with an error ack.
  /** Acked only once stored; a repeated clientId is acked with the message stored the first time. */
  'message:send': (payload: SendMessagePayload, ack: (answer: Ack<{ message: ChatMessage }>) => void) => void;
  'message:edit': (payload: EditMessagePayload, ack: (answer: Ack<{ message: ChatMessage }>) => void) => void;
  'message:delete': (payload: DeleteMessagePayload, ack: (answer: Ack<{ message: ChatMessage }>) => void) => void;
  'channel:read': (payload: ReadChannelPayload, ack: (answer: Ack<{ marker: ReadMarker }>) => void) => void;
  'typing:start': (payload: TypingPayload, ack?: (answer: Ack) => void) => void;
  'typing:stop': (payload: TypingPayload, ack?: (answer: Ack) => void) => void;
  'presence:list': (payload: PresenceListPayload, ack: (answer: Ack<PresenceSnapshot>) => void) => void;
}

export const socketPath = '/socket.io/';
export const collabPathPrefix = '/collab/';
