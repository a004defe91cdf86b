import { Schema, type Connection, type HydratedDocument, type InferSchemaType } from 'mongoose';
import { membershipRoles } from '@jumelage/contracts/constants';

const invitationSchema = new Schema({
  partnershipId: { type: Schema.Types.ObjectId, ref: 'Partnership', required: true },
  tokenHash: { type: String, required: true },
  role: { type: String, enum: membershipRoles, required: true },
  municipalityIndex: { type: Number, required: true, default: 0 },
  createdBy: { type: Schema.Types.ObjectId, ref: 'User', required: true },
  createdAt: { type: Date, required: true, default: () => new Date() },
  expiresAt: { type: Date, required: true },
  acceptedBy: { type: Schema.Types.ObjectId, ref: 'User', default: null },
  acceptedAt: { type: Date, default: null },
});
invitationSchema.index({ tokenHash: 1 }, { unique: true });
// The open links of a partnership, newest first (owners list and revoke them).
invitationSchema.index({ partnershipId: 1, createdAt: -1 });

export type InvitationDoc = HydratedDocument<InferSchemaType<typeof invitationSchema>>;

export function defineInvitationModel(connection: Connection) {
  return connection.model('Invitation', invitationSchema, 'invitations');
}
