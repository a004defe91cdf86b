// Sending, editing and deleting chat messages: one path for REST and Socket.IO.
// A send is acknowledged only after the message is stored; a repeated clientId in the same channel
// hits the unique (channelId, clientId) index and is answered with the message stored the first
// time, so retries after a lost acknowledgement never store or show a message twice.
import type { ChatMessage, DeleteMessagePayload, EditMessagePayload, SendMessagePayload } from '@jumelage/contracts/consultations';
import { AppError, forbidden, notFound } from '../../http/errors.ts';
import type { RateLimit } from '../../http/rate-limit.ts';
import type { Models } from '../../models.ts';
import type { RealtimeServer } from '../../realtime/io.ts';
import { toChannel } from './audience.ts';
import { requireChannelAbility, type ChannelAccess } from './channel-access.ts';
import type { ChannelDoc } from './channels.model.ts';
import type { ChatActor } from './consultations.policy.ts';
import { presentMessage } from './consultations.presenter.ts';
import type { MessageDoc } from './messages.model.ts';
import { isDuplicateKey } from '../../db.ts';
import type { Logger } from '../../logger.ts';
import { noteActivity } from '../overview/partnership-stats.ts';

export interface ChatContext {
  models: Models;
  logger: Logger;
  io: RealtimeServer;
  writeLimit: RateLimit;
  /** Fresh for REST; briefly cached per connection for sockets. */
  loadAccess(actor: ChatActor, channelId: string): Promise<ChannelAccess>;
  /**
   * The socket that sent a new message: it has it from its ack and gets no `message:created`.
   * Edits and deletes go to it too: where its ack is lost (a link that stalls for longer than the
   * client waits, then delivers), the change is still made, and the event is how its view learns.
   */
  exceptSocketId?: string;
}

export interface Author extends ChatActor {
  name: string;
}

async function insertOnce(models: Models, channel: ChannelDoc, author: Author, input: SendMessagePayload) {
  try {
    const message = await models.Message.create({
      channelId: channel._id,
      partnershipId: channel.partnershipId,
      authorId: author.id,
      authorName: author.name,
      clientId: input.clientId,
      body: input.body,
      createdAt: new Date(),
    });
    return { message, isNew: true };
  } catch (error) {
    if (!isDuplicateKey(error)) throw error;
    // E11000 means the first insert is committed, so it can be read back.
    const stored = await models.Message.findOne({ channelId: channel._id, clientId: input.clientId });
    if (!stored) throw new AppError('unavailable', 'The message could not be stored; please retry');
    if (String(stored.authorId) !== author.id) throw new AppError('conflict', 'This clientId belongs to another message');
    return { message: stored, isNew: false };
  }
}

export async function sendMessage(ctx: ChatContext, author: Author, input: SendMessagePayload): Promise<{ message: ChatMessage; isNew: boolean }> {
  await ctx.writeLimit.consume(author.id);
  const access = await ctx.loadAccess(author, input.channelId);
  requireChannelAbility(access, 'send');
  const { message, isNew } = await insertOnce(ctx.models, access.channel, author, input);
  const presented = presentMessage(message);
  if (isNew) {
    toChannel(ctx.io, access.channel, ctx.exceptSocketId).emit('message:created', presented);
    noteActivity(ctx, String(access.channel.partnershipId), message.createdAt);
  }
  return { message: presented, isNew };
}

/** Loads one's own message in a channel one may still write in. */
async function loadOwnMessage(ctx: ChatContext, actor: ChatActor, messageId: string): Promise<{ message: MessageDoc; access: ChannelAccess }> {
  const message = await ctx.models.Message.findById(messageId);
  if (!message) throw notFound('Message');
  const access = await ctx.loadAccess(actor, String(message.channelId));
  if (String(message.authorId) !== actor.id) throw forbidden('You can only change your own messages');
  requireChannelAbility(access, 'send');
  return { message, access };
}

export async function editMessage(ctx: ChatContext, actor: ChatActor, input: EditMessagePayload): Promise<ChatMessage> {
  await ctx.writeLimit.consume(actor.id);
  const { message, access } = await loadOwnMessage(ctx, actor, input.messageId);
  const edited = await ctx.models.Message.findOneAndUpdate(
    { _id: message._id, deletedAt: null },
    { $set: { body: input.body, editedAt: new Date() } },
    { returnDocument: 'after' },
  );
  if (!edited) throw new AppError('conflict', 'This message was deleted');
  const presented = presentMessage(edited);
  toChannel(ctx.io, access.channel).emit('message:updated', presented);
  return presented;
}

/** Deleting keeps the message's place (empty body, deletedAt); deleting it again changes nothing. */
export async function deleteMessage(ctx: ChatContext, actor: ChatActor, input: DeleteMessagePayload): Promise<ChatMessage> {
  await ctx.writeLimit.consume(actor.id);
  const { message, access } = await loadOwnMessage(ctx, actor, input.messageId);
  const deleted = await ctx.models.Message.findOneAndUpdate(
    { _id: message._id, deletedAt: null },
    { $set: { body: '', deletedAt: new Date() } },
    { returnDocument: 'after' },
  );
  if (!deleted) return presentMessage(message);
  const presented = presentMessage(deleted);
  toChannel(ctx.io, access.channel).emit('message:deleted', presented);
  return presented;
}
