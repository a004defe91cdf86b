import type { Connection } from 'mongoose';
import { defineSessionModel } from './features/auth/sessions.model.ts';
import { defineInvitationModel } from './features/partnerships/invitations.model.ts';
import { defineMembershipModel } from './features/partnerships/memberships.model.ts';
import { definePartnershipModel } from './features/partnerships/partnerships.model.ts';
import { defineUserModel } from './features/users/users.model.ts';
import { defineMilestoneModel } from './features/milestones/milestones.model.ts';
import { defineActivityModel } from './features/milestones/activities.model.ts';

/** Registers every model on one connection, so each app (and each test) has its own set. */
export function createModels(connection: Connection) {
  return {
    User: defineUserModel(connection),
    Session: defineSessionModel(connection),
    Partnership: definePartnershipModel(connection),
    Membership: defineMembershipModel(connection),
    Invitation: defineInvitationModel(connection),
    Milestone: defineMilestoneModel(connection),
    Activity: defineActivityModel(connection),
  };
}

export type Models = ReturnType<typeof createModels>;

/** Builds indexes (unique ones matter for correctness) before the app serves requests. */
export async function ensureIndexes(models: Models): Promise<void> {
  for (const model of Object.values(models)) await model.createIndexes();
}
