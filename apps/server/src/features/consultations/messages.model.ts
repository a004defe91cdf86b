import { Schema, type Connection, type HydratedDocument, type InferSchemaType } from 'mongoose';

/** One chat message; `_id` order is the channel's order (ObjectIds grow within one process). */
const messageSchema = new Schema({
  channelId: { type: Schema.Types.ObjectId, ref: 'Channel', required: true },
  partnershipId: { type: Schema.Types.ObjectId, ref: 'Partnership', required: true },
  authorId: { type: Schema.Types.ObjectId, ref: 'User', required: true },
  /** Denormalised so history needs no join; it keeps the name the author had when writing. */
  authorName: { type: String, required: true },
  clientId: { type: String, required: true },
  body: { type: String, default: '' },
  createdAt: { type: Date, required: true },
  editedAt: { type: Date, default: null },
  deletedAt: { type: Date, default: null },
});
// The unique pair makes a retried send (same clientId) fail with E11000 instead of storing twice.
messageSchema.index({ channelId: 1, clientId: 1 }, { unique: true });
messageSchema.index({ channelId: 1, _id: 1 });

export type MessageDoc = HydratedDocument<InferSchemaType<typeof messageSchema>>;

export function defineMessageModel(connection: Connection) {
  return connection.model('Message', messageSchema, 'messages');
}
