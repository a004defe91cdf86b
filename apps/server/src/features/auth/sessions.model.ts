import { Schema, type Connection, type HydratedDocument, type InferSchemaType } from 'mongoose';

const sessionSchema = new Schema({
  tokenHash: { type: String, required: true },
  userId: { type: Schema.Types.ObjectId, required: true, ref: 'User' },
  createdAt: { type: Date, required: true, default: () => new Date() },
  expiresAt: { type: Date, required: true },
  lastSeenAt: { type: Date, required: true, default: () => new Date() },
});
sessionSchema.index({ tokenHash: 1 }, { unique: true });
sessionSchema.index({ userId: 1 });

export type SessionDoc = HydratedDocument<InferSchemaType<typeof sessionSchema>>;

export function defineSessionModel(connection: Connection) {
  return connection.model('Session', sessionSchema, 'sessions');
}
