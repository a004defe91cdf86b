import mongoose from 'mongoose';
import { chatLimits } from '@jumelage/contracts/constants';
import { notFound } from '../../http/errors.ts';
import type { Models } from '../../models.ts';
import type { ChannelState } from './consultations.presenter.ts';
import { isDuplicateKey } from '../../db.ts';

/**
 * Messages by others after the marker, not deleted, counted up to chatLimits.unreadCountMax so that
 * a long-unread channel costs no more than that many index entries (index (channelId, _id)).
 */
export function countUnread(models: Models, channelId: string, userId: string, lastReadId: string | null): Promise<number> {
  return models.Message.countDocuments(
    {
      channelId,
      ...(lastReadId ? { _id: mongoose.trusted({ $gt: new mongoose.Types.ObjectId(lastReadId) }) } : {}),
      authorId: mongoose.trusted({ $ne: new mongoose.Types.ObjectId(userId) }),
      deletedAt: null,
    },
    { limit: chatLimits.unreadCountMax },
  );
}

/** When the newest message of a channel was written (index (channelId, _id)). */
async function lastMessageAt(models: Models, channelId: string): Promise<Date | null> {
  const newest = await models.Message.findOne({ channelId }, { createdAt: 1 }).sort({ _id: -1 });
  return newest?.createdAt ?? null;
}

/** The viewer's read marker, unread count and the time of the newest message, for each channel. */
export async function channelStates(models: Models, channelIds: string[], userId: string): Promise<Map<string, ChannelState>> {
  const markers = await models.ReadMarker.find({ userId, channelId: mongoose.trusted({ $in: channelIds }) });
  const lastReadOf = new Map(markers.map((marker) => [String(marker.channelId), String(marker.lastReadId)]));
  const states = await Promise.all(
    channelIds.map(async (channelId): Promise<[string, ChannelState]> => {
      const lastReadId = lastReadOf.get(channelId) ?? null;
      const [unreadCount, newest] = await Promise.all([countUnread(models, channelId, userId, lastReadId), lastMessageAt(models, channelId)]);
      return [channelId, { lastReadId, unreadCount, lastMessageAt: newest }];
    }),
  );
  return new Map(states);
}

/**
 * Moves the marker forward to a message of the channel. The update only matches a marker that is
 * behind; when it is already ahead the upsert's insert collides with the unique (channelId, userId)
 * index, which means there is nothing to do. So concurrent calls can never move it backwards.
 */
export async function markRead(models: Models, channelId: string, userId: string, lastReadId: string): Promise<{ lastReadId: string; unreadCount: number }> {
  if (!(await models.Message.exists({ _id: lastReadId, channelId }))) throw notFound('Message');
  const target = new mongoose.Types.ObjectId(lastReadId);
  try {
    await models.ReadMarker.updateOne(
      { channelId, userId, lastReadId: mongoose.trusted({ $lt: target }) },
      { $set: { lastReadId: target } },
      { upsert: true },
    );
  } catch (error) {
    if (!isDuplicateKey(error)) throw error;
  }
  const marker = await models.ReadMarker.findOne({ channelId, userId });
  const effective = marker ? String(marker.lastReadId) : lastReadId;
  return { lastReadId: effective, unreadCount: await countUnread(models, channelId, userId, effective) };
}
