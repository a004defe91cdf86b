import { Schema, type Connection, type HydratedDocument, type InferSchemaType } from 'mongoose';

/** A named snapshot of a plan: the whole Yjs state at the time, viewable and restorable. */
const planVersionSchema = new Schema({
  planId: { type: Schema.Types.ObjectId, ref: 'Plan', required: true },
  state: { type: Buffer, required: true },
  label: { type: String, required: true },
  createdBy: { type: Schema.Types.ObjectId, ref: 'User', required: true },
  createdAt: { type: Date, required: true, default: () => new Date() },
  /**
   * Set on the version a restore keeps of the text it replaced: when that restore was. Such a
   * version is named in each viewer's language and time ("Text before the restore of …"); a
   * rename unsets it.
   */
  replacedAt: { type: Date, default: undefined },
});
planVersionSchema.index({ planId: 1, createdAt: -1 });
planVersionSchema.index({ planId: 1, _id: -1 });

export type PlanVersionDoc = HydratedDocument<InferSchemaType<typeof planVersionSchema>>;

export function definePlanVersionModel(connection: Connection) {
  return connection.model('PlanVersion', planVersionSchema, 'plan_versions');
}
