import { Schema, type Connection, type HydratedDocument, type InferSchemaType } from 'mongoose';

/** How far one user has read one channel: the id of the last message they have seen. */
const readMarkerSchema = new Schema(
  {
    channelId: { type: Schema.Types.ObjectId, ref: 'Channel', required: true },
    userId: { type: Schema.Types.ObjectId, ref: 'User', required: true },
    lastReadId: { type: Schema.Types.ObjectId, ref: 'Message', required: true },
  },
  { timestamps: true },
);
readMarkerSchema.index({ channelId: 1, userId: 1 }, { unique: true });

export type ReadMarkerDoc = HydratedDocument<InferSchemaType<typeof readMarkerSchema>>;

export function defineReadMarkerModel(connection: Connection) {
  return connection.model('ReadMarker', readMarkerSchema, 'read_markers');
}
