import { Schema, type Connection, type HydratedDocument, type InferSchemaType } from 'mongoose';
import { milestoneStatuses } from '@jumelage/contracts/constants';

const milestoneSchema = new Schema(
  {
    partnershipId: { type: Schema.Types.ObjectId, ref: 'Partnership', required: true },
    title: { type: String, required: true },
    description: { type: String, default: '' },
    status: { type: String, enum: milestoneStatuses, required: true, default: 'planned' },
    /** A calendar date (YYYY-MM-DD): due dates have no time of day or zone. */
    dueOn: { type: String, default: null },
    ownerIds: { type: [Schema.Types.ObjectId], ref: 'User', default: [] },
    planId: { type: Schema.Types.ObjectId, ref: 'Plan', default: null },
    /** Fractional-indexing key: order within the status column. */
    position: { type: String, required: true },
    completedAt: { type: Date, default: null },
    version: { type: Number, required: true, default: 0 },
    createdBy: { type: Schema.Types.ObjectId, ref: 'User', required: true },
  },
  { timestamps: true },
);
milestoneSchema.index({ partnershipId: 1, status: 1, position: 1 });
milestoneSchema.index({ status: 1, dueOn: 1 });
// Counts a board's milestones up to one (the limit on simultaneous creates) from the index alone.
milestoneSchema.index({ partnershipId: 1, _id: 1 });

export type MilestoneDoc = HydratedDocument<InferSchemaType<typeof milestoneSchema>>;

export function defineMilestoneModel(connection: Connection) {
  return connection.model('Milestone', milestoneSchema, 'milestones');
}
