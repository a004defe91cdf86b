import { Schema, type Connection, type HydratedDocument, type InferSchemaType } from 'mongoose';
import { locales, planTemplateKeys } from '@jumelage/contracts/constants';

// A plan's metadata. Its content lives in plan_updates (the Yjs document is the source of truth);
// textPreview (with previewLanguages), sizeBytes, updatedAt and updatedBy are derived from it
// whenever changes are stored.
const planSchema = new Schema({
  partnershipId: { type: Schema.Types.ObjectId, ref: 'Partnership', required: true },
  title: { type: String, required: true },
  templateKey: { type: String, enum: planTemplateKeys, required: true },
  locale: { type: String, enum: locales, required: true },
  textPreview: { type: String, default: '' },
  /** The language mark of each line of textPreview's block ('' for none); absent on older plans. */
  previewLanguages: { type: [String], default: [] },
  sizeBytes: { type: Number, default: 0 },
  /** When the content last changed (a rename does not count). */
  updatedAt: { type: Date, required: true },
  updatedBy: { type: Schema.Types.ObjectId, ref: 'User', default: null },
  createdBy: { type: Schema.Types.ObjectId, ref: 'User', required: true },
  createdAt: { type: Date, required: true },
});
planSchema.index({ partnershipId: 1, updatedAt: -1 });
planSchema.index({ partnershipId: 1, _id: -1 });

export type PlanRecord = InferSchemaType<typeof planSchema>;
export type PlanDoc = HydratedDocument<PlanRecord>;

export function definePlanModel(connection: Connection) {
  return connection.model('Plan', planSchema, 'plans');
}
