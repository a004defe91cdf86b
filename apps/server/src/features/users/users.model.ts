import mongoose, { Schema, type Connection, type HydratedDocument, type InferSchemaType } from 'mongoose';
import { globalRoles, locales } from '@jumelage/contracts/constants';
import { searchKeyOf } from './searchKey.ts';

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
    /** Name and email folded for the administrators' search (`users.search.ts`); never sent. */
    searchKey: { type: String, default: undefined },
  },
  { timestamps: true },
);
userSchema.index({ email: 1 }, { unique: true });
userSchema.index({ globalRole: 1, name: 1 }); // the coordinators one may invite (GET /api/coordinators)
userSchema.index({ calendarTokenHash: 1 }, { unique: true, sparse: true });
// Runs before every save and for each row of insertMany: the search key follows a renamed account.
userSchema.pre('validate', function keepSearchKey() {
  if (this.name && this.email) this.searchKey = searchKeyOf(this);
});

/** Filter for accounts not deactivated (the field is absent then: reactivating unsets it). */
export const activeAccounts = () => ({ deactivatedAt: mongoose.trusted({ $exists: false }) });

export type UserRecord = InferSchemaType<typeof userSchema>;
export type UserDoc = HydratedDocument<UserRecord>;

export function defineUserModel(connection: Connection) {
  return connection.model('User', userSchema, 'users');
}
