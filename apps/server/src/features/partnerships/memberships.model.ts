import { Schema, type Connection, type HydratedDocument, type InferSchemaType } from 'mongoose';
import { membershipRoles } from '@jumelage/contracts/constants';

const membershipSchema = new Schema(
  {
    partnershipId: { type: Schema.Types.ObjectId, ref: 'Partnership', required: true },
    userId: { type: Schema.Types.ObjectId, ref: 'User', required: true },
    role: { type: String, enum: membershipRoles, required: true },
    municipalityIndex: { type: Number, required: true, default: 0 },
  },
  { timestamps: true },
);
membershipSchema.index({ partnershipId: 1, userId: 1 }, { unique: true });
membershipSchema.index({ userId: 1 });

export type MembershipDoc = HydratedDocument<InferSchemaType<typeof membershipSchema>>;

export function defineMembershipModel(connection: Connection) {
  return connection.model('Membership', membershipSchema, 'memberships');
}
