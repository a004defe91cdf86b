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
  },
  { timestamps: true },
);
partnershipSchema.index({ status: 1 });

export type PartnershipDoc = HydratedDocument<InferSchemaType<typeof partnershipSchema>>;

export function definePartnershipModel(connection: Connection) {
  return connection.model('Partnership', partnershipSchema, 'partnerships');
}
