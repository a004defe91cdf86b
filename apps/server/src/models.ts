import type { Connection } from 'mongoose';
import { defineSessionModel } from './features/auth/sessions.model.ts';
import { defineInvitationModel } from './features/partnerships/invitations.model.ts';
import { defineMembershipModel } from './features/partnerships/memberships.model.ts';
import { definePartnershipModel } from './features/partnerships/partnerships.model.ts';
import { defineUserModel } from './features/users/users.model.ts';
import { defineMilestoneModel } from './features/milestones/milestones.model.ts';
import { defineActivityModel } from './features/milestones/activities.model.ts';
import { definePlanModel } from './features/plans/plans.model.ts';
import { definePlanUpdateModel } from './features/plans/plan-updates.model.ts';
import { definePlanVersionModel } from './features/plans/plan-versions.model.ts';
import { defineChannelModel } from './features/consultations/channels.model.ts';
import { defineMessageModel } from './features/consultations/messages.model.ts';
import { defineReadMarkerModel } from './features/consultations/read-markers.model.ts';
import { defineExpertLinkModel } from './features/consultations/expert-links.model.ts';

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
    Plan: definePlanModel(connection),
    PlanUpdate: definePlanUpdateModel(connection),
    PlanVersion: definePlanVersionModel(connection),
    Channel: defineChannelModel(connection),
    Message: defineMessageModel(connection),
    ReadMarker: defineReadMarkerModel(connection),
    ExpertLink: defineExpertLinkModel(connection),
  };
}

export type Models = ReturnType<typeof createModels>;

/** Builds indexes (unique ones matter for correctness) before the app serves requests. */
export async function ensureIndexes(models: Models): Promise<void> {
  for (const model of Object.values(models)) await model.createIndexes();
}
