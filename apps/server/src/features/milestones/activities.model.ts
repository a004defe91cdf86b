import { Schema, type Connection, type HydratedDocument, type InferSchemaType } from 'mongoose';
import { activityTypes } from '@jumelage/contracts/milestones';

const activitySchema = new Schema({
  partnershipId: { type: Schema.Types.ObjectId, ref: 'Partnership', required: true },
  actorId: { type: Schema.Types.ObjectId, ref: 'User', default: null },
  type: { type: String, enum: activityTypes, required: true },
  subjectId: { type: Schema.Types.ObjectId, required: true },
  /** The subject's title when it happened, so the history reads well after a rename or delete. */
  title: { type: String, default: '' },
  changes: { type: Schema.Types.Mixed, default: {} },
  createdAt: { type: Date, required: true, default: () => new Date() },
});
activitySchema.index({ partnershipId: 1, _id: -1 });
activitySchema.index({ subjectId: 1, _id: -1 });

export type ActivityDoc = HydratedDocument<InferSchemaType<typeof activitySchema>>;

export function defineActivityModel(connection: Connection) {
  return connection.model('Activity', activitySchema, 'activities');
}
