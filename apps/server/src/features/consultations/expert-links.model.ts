import { Schema, type Connection, type HydratedDocument, type InferSchemaType } from 'mongoose';

/**
 * A single-use link that invites whoever opens it as an expert to one consultation: for experts
 * without an account yet (they register on the way), and without anyone looking up an address.
 * Only the token's hash is stored, as for partnership invitations.
 */
const expertLinkSchema = new Schema({
  channelId: { type: Schema.Types.ObjectId, ref: 'Channel', required: true },
  tokenHash: { type: String, required: true },
  createdBy: { type: Schema.Types.ObjectId, ref: 'User', required: true },
  createdAt: { type: Date, required: true, default: () => new Date() },
  expiresAt: { type: Date, required: true },
  acceptedBy: { type: Schema.Types.ObjectId, ref: 'User', default: null },
  acceptedAt: { type: Date, default: null },
});
expertLinkSchema.index({ tokenHash: 1 }, { unique: true });
// The open links of a consultation, newest first (those who schedule list and revoke them).
expertLinkSchema.index({ channelId: 1, createdAt: -1 });

export type ExpertLinkDoc = HydratedDocument<InferSchemaType<typeof expertLinkSchema>>;

export function defineExpertLinkModel(connection: Connection) {
  return connection.model('ExpertLink', expertLinkSchema, 'expert_links');
}
