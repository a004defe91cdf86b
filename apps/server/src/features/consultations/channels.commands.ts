import mongoose, { type Types } from 'mongoose';
import type { z } from 'zod';
import type { createConsultationBody, UpdateConsultationBody } from '@jumelage/contracts/consultations';
import type { ErrorDetail } from '@jumelage/contracts/constants';
import { AppError } from '../../http/errors.ts';
import type { Models } from '../../models.ts';
import type { UserDoc } from '../users/users.model.ts';
import type { ChannelDoc } from './channels.model.ts';
import { inviteeIds } from './consultations.policy.ts';

const isDuplicateKey = (error: unknown) => error instanceof mongoose.mongo.MongoServerError && error.code === 11000;

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

/** Invited experts must be users; invited coordinators must hold the coordinator (or admin) role. */
async function checkInvitees(models: Models, expertIds: string[], coordinatorIds: string[]): Promise<void> {
  const ids = [...new Set([...expertIds, ...coordinatorIds])];
  const users = await models.User.find({ _id: mongoose.trusted({ $in: ids }) });
  const roleOf = new Map(users.map((user) => [user.id, user.globalRole]));
  const details: ErrorDetail[] = [
    ...expertIds.flatMap((id, index) => (roleOf.has(id) ? [] : [{ path: `expertIds.${index}`, message: 'no such user' }])),
    ...coordinatorIds.flatMap((id, index) => {
      const role = roleOf.get(id);
      return role === 'coordinator' || role === 'admin' ? [] : [{ path: `coordinatorIds.${index}`, message: 'not a coordinator' }];
    }),
  ];
  if (details.length > 0) throw new AppError('validation_failed', 'The request is not valid', details);
}

export async function createConsultation(
  models: Models,
  partnershipId: Types.ObjectId,
  createdBy: Types.ObjectId,
  body: z.output<typeof createConsultationBody>,
): Promise<ChannelDoc> {
  await checkInvitees(models, body.expertIds, body.coordinatorIds);
  const { title, ...consultation } = body;
  return models.Channel.create({
    partnershipId,
    kind: 'consultation',
    title,
    consultation: { ...consultation, startsAt: new Date(consultation.startsAt), endsAt: new Date(consultation.endsAt) },
    createdBy,
  });
}

/** Applies a PATCH to a consultation; returns who was invited before, to tell those who lost access. */
export async function updateConsultation(models: Models, channel: ChannelDoc, body: UpdateConsultationBody): Promise<string[]> {
  const consultation = channel.consultation;
  if (channel.kind !== 'consultation' || !consultation) throw new AppError('conflict', 'Only consultations can be changed');
  const previousInvitees = inviteeIds(channel);
  await checkInvitees(models, body.expertIds ?? [], body.coordinatorIds ?? []);
  const startsAt = body.startsAt ? new Date(body.startsAt) : consultation.startsAt;
  const endsAt = body.endsAt ? new Date(body.endsAt) : consultation.endsAt;
  if (endsAt <= startsAt) {
    throw new AppError('validation_failed', 'The request is not valid', [{ path: 'endsAt', message: 'endsAt must be after startsAt' }]);
  }
  if (body.title !== undefined) channel.title = body.title;
  channel.set('consultation', {
    startsAt,
    endsAt,
    agenda: body.agenda ?? consultation.agenda,
    expertIds: body.expertIds ?? consultation.expertIds,
    coordinatorIds: body.coordinatorIds ?? consultation.coordinatorIds,
  });
  await channel.save();
  return previousInvitees;
}

/** The users invited to any of the channels, for their names and time zones. */
export async function loadInvitees(models: Models, channels: ChannelDoc[]): Promise<Map<string, UserDoc>> {
  const ids = [...new Set(channels.flatMap(inviteeIds))];
  if (ids.length === 0) return new Map();
  const users = await models.User.find({ _id: mongoose.trusted({ $in: ids }) });
  return new Map(users.map((user) => [user.id, user]));
}
