import { Schema, type Connection, type Types, type HydratedDocument, type InferSchemaType } from 'mongoose';

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
  /**
   * Updates typed into text that this version's restore removed, which arrived after it (from
   * offline or on their way): the version shows them (`plan-late-edits.ts`). Its content is
   * `state` with these applied (`versionState`).
   */
  lateUpdates: { type: [Buffer], default: undefined },
  /** Who sent the late updates. */
  lateEditorIds: { type: [Schema.Types.ObjectId], ref: 'User', default: undefined },
  /**
   * On the version a restore kept (for good, unlike `replacedAt`): the restore's own change, as an
   * update on `state`. Tells what the restore removed.
   */
  restoreUpdate: { type: Buffer, default: undefined },
});
planVersionSchema.index({ planId: 1, createdAt: -1 });
planVersionSchema.index({ planId: 1, _id: -1 });

export type PlanVersionDoc = HydratedDocument<InferSchemaType<typeof planVersionSchema>>;

export function definePlanVersionModel(connection: Connection) {
  return connection.model('PlanVersion', planVersionSchema, 'plan_versions');
}

/** The accounts a version names: who made it, and who sent late updates into it. */
export function versionAuthorIds(version: PlanVersionDoc): Types.ObjectId[] {
  return [version.createdBy, ...(version.lateEditorIds ?? [])];
}

/** A version's whole content: its state and the late updates kept in it. */
export function versionState(version: PlanVersionDoc): Uint8Array[] {
  return [version.state, ...(version.lateUpdates ?? [])];
}
