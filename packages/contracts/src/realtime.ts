// Socket.IO event maps shared by server and web. Type-only: no runtime code, no zod.
// Clients ask in the imperative with an acknowledgement; the server announces in the past tense.

import type { MilestoneChanged, MilestoneDeleted } from './milestones.ts';

export interface PartnershipRef {
  partnershipId: string;
}

export interface MemberRef extends PartnershipRef {
  userId: string;
}

export interface ServerToClientEvents {
  'partnership:updated': (event: PartnershipRef) => void;
  'member:updated': (event: MemberRef) => void;
  'member:removed': (event: MemberRef) => void;
  'milestone:created': (event: MilestoneChanged) => void;
  'milestone:updated': (event: MilestoneChanged) => void;
  'milestone:deleted': (event: MilestoneDeleted) => void;
}

// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled by the chat and board features
export interface ClientToServerEvents {}

export const socketPath = '/socket.io/';
export const collabPathPrefix = '/collab/';
