import { Schema, type Connection, type HydratedDocument, type InferSchemaType } from 'mongoose';
import { channelKinds, consultationChangeKinds } from '@jumelage/contracts/constants';

/** The last move, call-off or reinstatement, said to everyone who opens the consultation. */
const consultationChangeSchema = new Schema(
  {
    kind: { type: String, enum: consultationChangeKinds, required: true },
    byId: { type: Schema.Types.ObjectId, ref: 'User', required: true },
    /** The name the person had then, as messages keep theirs. */
    byName: { type: String, required: true },
    at: { type: Date, required: true },
    /** For a move: the times it had before. */
    previousStartsAt: { type: Date, default: null },
    previousEndsAt: { type: Date, default: null },
  },
  { _id: false },
);

const consultationSchema = new Schema(
  {
    startsAt: { type: Date, required: true },
    endsAt: { type: Date, required: true },
    agenda: { type: String, default: '' },
    /** The video call's http(s) address (checked by the contract); '' for none. */
    meetingUrl: { type: String, default: '' },
    expertIds: { type: [{ type: Schema.Types.ObjectId, ref: 'User' }], default: [] },
    coordinatorIds: { type: [{ type: Schema.Types.ObjectId, ref: 'User' }], default: [] },
    cancelledAt: { type: Date, default: null },
    /** The plan of its minutes: one per consultation, set by the first to start them (plan-minutes.ts). */
    minutesPlanId: { type: Schema.Types.ObjectId, ref: 'Plan', default: undefined },
    lastChange: { type: consultationChangeSchema, default: null },
  },
  { _id: false },
);

/**
 * A chat channel. The General channel of a partnership has the partnership's own id as `_id`, so
 * ensuring it with an upsert can never create a second one (the `_id` index is always unique).
 */
const channelSchema = new Schema(
  {
    partnershipId: { type: Schema.Types.ObjectId, ref: 'Partnership', required: true },
    kind: { type: String, enum: channelKinds, required: true },
    title: { type: String, required: true },
    consultation: { type: consultationSchema, default: null },
    createdBy: { type: Schema.Types.ObjectId, ref: 'User', default: null },
  },
  { timestamps: true },
);
// No lastMessageAt here: it is read from the newest message (index (channelId, _id) of messages) when
// channels are listed, which keeps every send to a single write.
channelSchema.index({ partnershipId: 1 });
// An invitee's consultations across partnerships (GET /api/consultations), by start: one index per
// $or branch, merged in start order.
channelSchema.index({ 'consultation.expertIds': 1, 'consultation.startsAt': 1 });
channelSchema.index({ 'consultation.coordinatorIds': 1, 'consultation.startsAt': 1 });

export type ChannelRecord = InferSchemaType<typeof channelSchema>;
export type ChannelDoc = HydratedDocument<ChannelRecord>;

export function defineChannelModel(connection: Connection) {
  return connection.model('Channel', channelSchema, 'channels');
}
