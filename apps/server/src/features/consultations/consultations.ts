import { Router, type Request } from 'express';
import { chatLimits } from '@jumelage/contracts/constants';
import type { AppContext } from '../../context.ts';
import { createRateLimit } from '../../http/rate-limit.ts';
import { senderSocketId } from '../../realtime/realtime.ts';
import type { AppSocket } from '../../realtime/io.ts';
import { createAccessCache, loadChannelAccess } from './channel-access.ts';
import { channelsRoutes } from './channels.routes.ts';
import { expertLinksRoutes } from './expert-links.routes.ts';
import { registerConsultationsSocket } from './consultations.socket.ts';
import type { ChatContext } from './messages.commands.ts';
import { messagesRoutes } from './messages.routes.ts';
import { createPresence } from './presence.ts';

export interface ChatSettings {
  /** Burst of sends, edits and deletes per user and second (REST and sockets together). */
  messagesPerSecond: number;
  typingPerSecond: number;
  /** How long a connection trusts a channel permission it checked (see createAccessCache). */
  accessCacheMs: number;
  /** Experts invited by email per user and hour (each address a lookup of whether an account exists). */
  expertEmailsPerHour: number;
}

export const defaultChatSettings: ChatSettings = {
  messagesPerSecond: chatLimits.messagesPerSecond,
  typingPerSecond: chatLimits.typingPerSecond,
  accessCacheMs: 1000,
  expertEmailsPerHour: chatLimits.expertEmailsPerHour,
};

/** Builds the consultations feature: REST routes, socket commands, presence, one rate limit for both. */
export function createConsultations(ctx: AppContext, overrides: Partial<ChatSettings> = {}) {
  const settings = { ...defaultChatSettings, ...overrides };
  const { models } = ctx;
  const io = ctx.realtime.io;
  const writeLimit = createRateLimit(settings.messagesPerSecond, 1);
  const typingLimit = createRateLimit(settings.typingPerSecond, 1);
  const emailInviteLimit = createRateLimit(settings.expertEmailsPerHour, 60 * 60);
  const accessCache = createAccessCache(settings.accessCacheMs);
  const presence = createPresence(io);

  // A removed member loses cached permissions at once, and the others see them go offline.
  ctx.realtime.onCloseConnections(({ userId, partnershipId }) => {
    if (userId) accessCache.forgetUser(userId);
    if (userId && partnershipId) presence.removed(userId, partnershipId);
  });
  // A changed role (e.g. member to observer) applies to the next message, not after the cache expires.
  ctx.realtime.onAccessChanged(({ userId }) => accessCache.forgetUser(userId));

  const restChat = (req: Request): ChatContext => ({
    models,
    logger: ctx.logger,
    io,
    writeLimit,
    loadAccess: (actor, channelId) => loadChannelAccess(models, actor, channelId),
    exceptSocketId: senderSocketId(req),
  });
  const socketChat = (socket: AppSocket): ChatContext => ({
    models,
    logger: ctx.logger,
    io,
    writeLimit,
    loadAccess: (actor, channelId) => accessCache.load(models, actor, channelId),
    exceptSocketId: socket.id,
  });

  const router = Router();
  router.use(channelsRoutes(ctx, { accessCache, emailInviteLimit }), expertLinksRoutes(ctx, { accessCache }), messagesRoutes(ctx, { restChat }));
  return {
    /** Mounted on /api: /partnerships/:id/channels, /channels/..., /messages/... */
    router,
    registerSocket(socket: AppSocket): void {
      registerConsultationsSocket(socket, { ctx, chat: socketChat(socket), typingLimit, presence });
    },
  };
}
