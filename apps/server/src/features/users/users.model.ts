import mongoose, { Schema, type Connection, type HydratedDocument, type InferSchemaType } from 'mongoose';
import { globalRoles, locales } from '@jumelage/contracts/constants';

const userSchema = new Schema(
  {
    email: { type: String, required: true, lowercase: true, trim: true },
    name: { type: String, required: true, trim: true },
    passwordHash: { type: String, required: true },
    locale: { type: String, enum: locales, required: true, default: 'en' },
    timeZone: { type: String, required: true, default: 'Europe/Berlin' },
    globalRole: { type: String, enum: globalRoles, required: true, default: 'user' },
    /** Hash of the secret in this user's calendar feed URLs (calendar apps cannot log in). */
    calendarTokenHash: { type: String, default: undefined },
    /** Set by an administrator: the account cannot sign in, its sessions are gone; what it wrote stays. */
    deactivatedAt: { type: Date, default: undefined },
  },
  { timestamps: true },
);
userSchema.index({ email: 1 }, { unique: true });
userSchema.index({ globalRole: 1, name: 1 }); // the coordinators one may invite (GET /api/coordinators)
userSchema.index({ calendarTokenHash: 1 }, { unique: true, sparse: true });

/** Filter for accounts not deactivated (the field is absent then: reactivating unsets it). */
export const activeAccounts = () => ({ deactivatedAt: mongoose.trusted({ $exists: false }) });

export type UserRecord = InferSchemaType<typeof userSchema>;
export type UserDoc = HydratedDocument<UserRecord>;

export function defineUserModel(connection: Connection) {
  return connection.model('User', userSchema, 'users');
}
