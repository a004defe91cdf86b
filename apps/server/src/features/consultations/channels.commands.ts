import mongoose, { type Types } from 'mongoose';
import type { z } from 'zod';
import type { createConsultationBody, UpdateConsultationBody } from '@jumelage/contracts/consultations';
import { chatLimits, deactivatedAccountDetail, type ConsultationChangeKind, type ErrorDetail } from '@jumelage/contracts/constants';
import { AppError, notFound } from '../../http/errors.ts';
import type { Models } from '../../models.ts';
import type { UserDoc } from '../users/users.model.ts';
import type { ChannelDoc } from './channels.model.ts';

type Consultation = NonNullable<ChannelDoc['consultation']>;
import { inviteeIds } from './consultations.policy.ts';
import { isDuplicateKey } from '../../db.ts';
import { createOnce } from '../create-once.ts';

/**
 * Makes sure the partnership has its General channel. Its `_id` is the partnership's id, so of
 * concurrent upserts one inserts and the others match or hit E11000 on `_id`: never two channels.
 */
export async function ensureGeneralChannel(models: Models, partnershipId: Types.ObjectId | string): Promise<void> {
  try {
    await models.Channel.updateOne(
      { _id: partnershipId },
      { $setOnInsert: { partnershipId, kind: 'general', title: 'General', consultation: null } },
      { upsert: true },
    );
  } catch (error) {
    if (!isDuplicateKey(error)) throw error;
  }
}

/**
 * Someone who leaves the partnership or is removed from it is no longer invited to its
 * consultations as an expert either (invited coordinators keep their invitations: they never needed
 * a membership). Runs before the realtime layer forgets cached rights, so nothing reloads the old ones.
 */
export async function uninviteExpert(models: Models, partnershipId: Types.ObjectId | string, userId: Types.ObjectId | string): Promise<void> {
  await models.Channel.updateMany(
    { partnershipId, 'consultation.expertIds': userId },
    { $pull: { 'consultation.expertIds': userId } },
  );
}

interface InviteeChoice {
  expertIds: string[];
  expertEmails: string[];
  coordinatorIds: string[];
}

/**
 * Checks the invitees and returns the experts to store: those chosen by id, which must be users, and
 * those named by email, which must be the address of an account (the expert registers first).
 * Invited coordinators must hold the coordinator (or admin) role. A deactivated account is not
 * newly invited (one invited before it was deactivated stays, so the consultation can still be
 * saved). Every refusal names its field.
 */
async function resolveInvitees(models: Models, { expertIds, expertEmails, coordinatorIds }: InviteeChoice, invitedBefore: ReadonlySet<string> = new Set()): Promise<string[]> {
  const ids = [...new Set([...expertIds, ...coordinatorIds])];
  const [users, byEmail] = await Promise.all([
    ids.length > 0 ? models.User.find({ _id: mongoose.trusted({ $in: ids }) }) : [],
    expertEmails.length > 0 ? models.User.find({ email: mongoose.trusted({ $in: expertEmails }) }) : [],
  ]);
  const roleOf = new Map(users.map((user) => [user.id, user.globalRole]));
  const idOfEmail = new Map(byEmail.map((user) => [user.email, user.id]));
  const deactivatedEmails = new Set(byEmail.flatMap((user) => (user.deactivatedAt ? [user.email] : [])));
  const newlyDeactivated = new Set(users.flatMap((user) => (user.deactivatedAt && !invitedBefore.has(user.id) ? [user.id] : [])));
  const refusedId = (field: string, id: string, index: number): ErrorDetail[] =>
    newlyDeactivated.has(id) ? [{ path: `${field}.${index}`, message: deactivatedAccountDetail }] : [];
  const details: ErrorDetail[] = [
    ...expertIds.flatMap((id, index) => (roleOf.has(id) ? refusedId('expertIds', id, index) : [{ path: `expertIds.${index}`, message: 'no such user' }])),
    ...expertEmails.flatMap((email, index) => {
      if (deactivatedEmails.has(email)) return [{ path: `expertEmails.${index}`, message: deactivatedAccountDetail }];
      return idOfEmail.has(email) ? [] : [{ path: `expertEmails.${index}`, message: 'no account with this email' }];
    }),
    ...coordinatorIds.flatMap((id, index) => {
      const role = roleOf.get(id);
      return role === 'coordinator' || role === 'admin' ? refusedId('coordinatorIds', id, index) : [{ path: `coordinatorIds.${index}`, message: 'not a coordinator' }];
    }),
  ];
  const experts = [...new Set([...expertIds, ...expertEmails.flatMap((email) => idOfEmail.get(email) ?? [])])];
  if (experts.length > chatLimits.inviteesMax) details.push({ path: 'expertEmails', message: `at most ${chatLimits.inviteesMax} experts` });
  if (details.length > 0) throw new AppError('validation_failed', 'The request is not valid', details);
  return experts;
}

/** Schedules a consultation, or answers the one this client made before under the same `id` (`isNew` false). */
export function createConsultation(
  models: Models,
  partnershipId: Types.ObjectId,
  createdBy: Types.ObjectId,
  body: z.output<typeof createConsultationBody>,
): Promise<{ record: ChannelDoc; isNew: boolean }> {
  const { id, title, expertEmails: _byEmail, ...consultation } = body;
  return createOnce({
    id,
    find: (chosen) => models.Channel.findById(chosen),
    sameAs: { kind: 'consultation', partnershipId, createdBy },
    create: async (chosen) => {
      const expertIds = await resolveInvitees(models, body);
      return models.Channel.create({
        ...(chosen ? { _id: chosen } : {}),
        partnershipId,
        kind: 'consultation',
        title,
        consultation: { ...consultation, expertIds, startsAt: new Date(consultation.startsAt), endsAt: new Date(consultation.endsAt) },
        createdBy,
      });
    },
  });
}

/**
 * What a PATCH does to the consultation's date, to be said to everyone who noted it (fourteenth QA
 * pass: a move or a call-off changed the times in place, without a word). A call-off or its
 * reversal wins over new times sent with it; other changes (title, agenda, invitees) are none.
 */
function changeKind(consultation: Consultation, body: UpdateConsultationBody, startsAt: Date, endsAt: Date): ConsultationChangeKind | null {
  if (body.cancelled === true && !consultation.cancelledAt) return 'cancelled';
  if (body.cancelled === false && consultation.cancelledAt) return 'reinstated';
  const isMoved = startsAt.getTime() !== consultation.startsAt.getTime() || endsAt.getTime() !== consultation.endsAt.getTime();
  return isMoved ? 'moved' : null;
}

/**
 * Applies a PATCH to a consultation; returns the stored channel afterwards and who was invited
 * before, to tell those who lost access. Only the fields the request names are written, one by
 * one: the invitee lists of this copy may be older than the stored ones (an expert who accepted a
 * link, an invitee who declined meanwhile), and the answer is read back from the database.
 */
export async function updateConsultation(models: Models, channel: ChannelDoc, body: UpdateConsultationBody, by: UserDoc): Promise<{ channel: ChannelDoc; previousInvitees: string[] }> {
  const consultation = channel.consultation;
  if (channel.kind !== 'consultation' || !consultation) throw new AppError('conflict', 'Only consultations can be changed');
  const previousInvitees = inviteeIds(channel);
  // Experts named by email join the chosen ones, or the invited ones when the choice is unchanged.
  const expertIds = await resolveInvitees(
    models,
    {
      expertIds: body.expertIds ?? (body.expertEmails ? consultation.expertIds.map(String) : []),
      expertEmails: body.expertEmails ?? [],
      coordinatorIds: body.coordinatorIds ?? [],
    },
    new Set(previousInvitees),
  );
  const startsAt = body.startsAt ? new Date(body.startsAt) : consultation.startsAt;
  const endsAt = body.endsAt ? new Date(body.endsAt) : consultation.endsAt;
  if (endsAt <= startsAt) {
    throw new AppError('validation_failed', 'The request is not valid', [{ path: 'endsAt', message: 'endsAt must be after startsAt' }]);
  }
  const named: Record<string, unknown> = { 'consultation.startsAt': startsAt, 'consultation.endsAt': endsAt };
  if (body.title !== undefined) named.title = body.title;
  if (body.agenda !== undefined) named['consultation.agenda'] = body.agenda;
  if (body.meetingUrl !== undefined) named['consultation.meetingUrl'] = body.meetingUrl;
  if (body.expertIds || body.expertEmails) named['consultation.expertIds'] = expertIds;
  if (body.coordinatorIds) named['consultation.coordinatorIds'] = body.coordinatorIds;
  if (body.cancelled !== undefined) named['consultation.cancelledAt'] = body.cancelled ? (consultation.cancelledAt ?? new Date()) : null;
  const change = changeKind(consultation, body, startsAt, endsAt);
  if (change) {
    const isMove = change === 'moved';
    named['consultation.lastChange'] = {
      kind: change,
      byId: by._id,
      byName: by.name,
      at: new Date(),
      previousStartsAt: isMove ? consultation.startsAt : null,
      previousEndsAt: isMove ? consultation.endsAt : null,
    };
  }
  const stored = await models.Channel.findOneAndUpdate({ _id: channel._id }, { $set: named }, { returnDocument: 'after', runValidators: true });
  if (!stored) throw notFound('Channel');
  return { channel: stored, previousInvitees };
}

/** Removes one invitee (expert or coordinator) from a consultation; false when they were not invited. */
export async function declineInvitation(models: Models, channel: ChannelDoc, userId: string): Promise<boolean> {
  const result = await models.Channel.updateOne(
    { _id: channel._id, $or: [{ 'consultation.expertIds': userId }, { 'consultation.coordinatorIds': userId }] },
    { $pull: { 'consultation.expertIds': userId, 'consultation.coordinatorIds': userId } },
  );
  return result.modifiedCount > 0;
}

/** The users invited to any of the channels, for their names and time zones. */
export async function loadInvitees(models: Models, channels: ChannelDoc[]): Promise<Map<string, UserDoc>> {
  const ids = [...new Set(channels.flatMap(inviteeIds))];
  if (ids.length === 0) return new Map();
  const users = await models.User.find({ _id: mongoose.trusted({ $in: ids }) });
  return new Map(users.map((user) => [user.id, user]));
}
