import { Schema, type Connection, type HydratedDocument, type InferSchemaType } from 'mongoose';
import { locales, partnershipStatuses, themes } from '@jumelage/contracts/constants';

const municipalitySchema = new Schema(
  {
    name: { type: String, required: true },
    country: { type: String, required: true },
    language: { type: String, enum: locales, required: true },
    timeZone: { type: String, required: true },
  },
  { _id: false },
);

const openDueSchema = new Schema(
  { id: { type: Schema.Types.ObjectId, required: true }, title: String, dueOn: String },
  { _id: false },
);

/** Milestone figures kept up to date on every milestone write, so the overview reads one document per row. */
const statsSchema = new Schema(
  {
    planned: { type: Number, default: 0 },
    in_progress: { type: Number, default: 0 },
    done: { type: Number, default: 0 },
    blocked: { type: Number, default: 0 },
    total: { type: Number, default: 0 },
    percentDone: { type: Number, default: 0 },
    /** Not-done milestones with a due date, earliest first: overdue and next due are read from it. */
    openDue: { type: [openDueSchema], default: [] },
    /** Earliest open due date, or a far-future sentinel so that "none" sorts last. */
    nextDueOn: { type: String, default: '9999-12-31' },
    lastActivityAt: { type: Date, default: () => new Date() },
  },
  { _id: false },
);

const partnershipSchema = new Schema(
  {
    name: { type: String, required: true },
    municipalities: { type: [municipalitySchema], required: true },
    themes: { type: [{ type: String, enum: themes }], default: [] },
    description: { type: String, default: '' },
    startsOn: { type: String, default: null },
    endsOn: { type: String, default: null },
    status: { type: String, enum: partnershipStatuses, default: 'active', required: true },
    createdBy: { type: Schema.Types.ObjectId, ref: 'User', required: true },
    stats: { type: statsSchema, default: () => ({}) },
  },
  { timestamps: true },
);
partnershipSchema.index({ status: 1 });
// The coordinators' overview pages through partnerships by one of these orders, optionally filtered.
partnershipSchema.index({ name: 1, _id: 1 });
partnershipSchema.index({ 'stats.percentDone': -1, _id: 1 });
partnershipSchema.index({ 'stats.nextDueOn': 1, _id: 1 });
partnershipSchema.index({ 'stats.lastActivityAt': -1, _id: 1 });
partnershipSchema.index({ 'municipalities.country': 1, name: 1, _id: 1 });
partnershipSchema.index({ themes: 1, name: 1, _id: 1 });

export type PartnershipDoc = HydratedDocument<InferSchemaType<typeof partnershipSchema>>;

export function definePartnershipModel(connection: Connection) {
  return connection.model('Partnership', partnershipSchema, 'partnerships');
}
