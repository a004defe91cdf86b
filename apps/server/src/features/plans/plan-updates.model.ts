import { Schema, type Connection, type HydratedDocument, type InferSchemaType } from 'mongoose';

// Stored changes of a plan's Yjs document. One row holds every update received in one persistence
// batch (~100 ms), framed with lib0 encoding (see collab/frames.ts); a compacted row holds the whole
// state as a single update. Applying all rows of a plan in any order rebuilds the document, and
// applying a row twice changes nothing, which is what makes compaction crash-safe.
const planUpdateSchema = new Schema({
  planId: { type: Schema.Types.ObjectId, ref: 'Plan', required: true },
  updates: { type: Buffer, required: true },
  /** How many Yjs updates the row holds (compaction is due when they pile up). */
  count: { type: Number, required: true },
  createdAt: { type: Date, required: true, default: () => new Date() },
});
planUpdateSchema.index({ planId: 1, _id: 1 });

export type PlanUpdateDoc = HydratedDocument<InferSchemaType<typeof planUpdateSchema>>;

export function definePlanUpdateModel(connection: Connection) {
  return connection.model('PlanUpdate', planUpdateSchema, 'plan_updates');
}
