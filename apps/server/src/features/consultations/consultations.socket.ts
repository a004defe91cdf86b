// Chat over Socket.IO. Commands (validated, acknowledged; see realtime/commands.ts):
//   message:send / message:edit / message:delete -> { ok, message } and message:created/updated/deleted
//     to the channel's other readers; channel:read -> { ok, marker } and readMarker:updated to the
//     user's other connections; typing:start/stop -> volatile typing:changed to the channel's other
//     readers; presence:list -> { ok, partnershipId, onlineUserIds } (then apply presence:changed).
import {
  deleteMessagePayload,
  editMessagePayload,
  presenceListPayload,
  readChannelPayload,
  sendMessagePayload,
  typingPayload,
} from '@jumelage/contracts/consultations';
import type { AppContext } from '../../context.ts';
import { notFound, unauthenticated } from '../../http/errors.ts';
import type { RateLimit } from '../../http/rate-limit.ts';
import { socketCommands } from '../../realtime/commands.ts';
import type { AppSocket } from '../../realtime/io.ts';
import { membershipRoleIn } from '../partnerships/partnerships.access.ts';
import { partnershipAbilities } from '../partnerships/partnerships.policy.ts';
import { toChannel } from './audience.ts';
import { requireChannelAbility } from './channel-access.ts';
import type { ChatActor } from './consultations.policy.ts';
import { presentReadMarker } from './consultations.presenter.ts';
import { deleteMessage, editMessage, sendMessage, type Author, type ChatContext } from './messages.commands.ts';
import type { Presence } from './presence.ts';
import { markRead } from './read-markers.ts';

interface SocketDeps {
  ctx: AppContext;
  chat: ChatContext;
  typingLimit: RateLimit;
  presence: Presence;
}

export function registerConsultationsSocket(socket: AppSocket, { ctx, chat, typingLimit, presence }: SocketDeps): void {
  const { models } = ctx;
  const commands = socketCommands(socket, ctx.logger);
  // The global role is read when asked: an administrator may change it while the socket is open.
  const actor: ChatActor = {
    id: socket.data.userId,
    get globalRole() {
      return socket.data.globalRole;
    },
  };

  // The author's name is stored with each message; look it up once per connection, when first needed.
  let authorName: Promise<string> | undefined;
  const author = async (): Promise<Author> => {
    authorName ??= models.User.findById(actor.id)
      .then((user) => {
        if (!user) throw unauthenticated();
        return user.name;
      })
      .catch((error: unknown) => {
        authorName = undefined;
        throw error;
      });
    return { ...actor, name: await authorName };
  };

  commands.on('message:send', sendMessagePayload, async (input) => {
    const { message } = await sendMessage(chat, await author(), input);
    return { ok: true, message };
  });
  commands.on('message:edit', editMessagePayload, async (input) => ({ ok: true, message: await editMessage(chat, actor, input) }));
  commands.on('message:delete', deleteMessagePayload, async (input) => ({ ok: true, message: await deleteMessage(chat, actor, input) }));

  commands.on('channel:read', readChannelPayload, async (input) => {
    await chat.loadAccess(actor, input.channelId);
    const state = await markRead(models, input.channelId, actor.id, input.lastReadId);
    const marker = presentReadMarker(input.channelId, state.lastReadId, state.unreadCount);
    ctx.realtime.toUser(actor.id).except(socket.id).emit('readMarker:updated', marker);
    return { ok: true, marker };
  });

  const typing = (isTyping: boolean) => async (input: { channelId: string }): Promise<{ ok: true }> => {
    await typingLimit.consume(actor.id);
    const access = await chat.loadAccess(actor, input.channelId);
    requireChannelAbility(access, 'send');
    toChannel(ctx.realtime.io, access.channel, socket.id).volatile.emit('typing:changed', { channelId: input.channelId, userId: actor.id, isTyping });
    return { ok: true };
  };
  commands.on('typing:start', typingPayload, typing(true));
  commands.on('typing:stop', typingPayload, typing(false));

  // Members, and coordinators and admins who see the partnership, may ask who is online.
  commands.on('presence:list', presenceListPayload, async ({ partnershipId }) => {
    const [partnership, role] = await Promise.all([
      models.Partnership.exists({ _id: partnershipId }),
      membershipRoleIn(models, partnershipId, actor.id),
    ]);
    if (!partnership || !partnershipAbilities(actor, role).read) throw notFound('Partnership');
    return { ok: true, partnershipId, onlineUserIds: presence.onlineUserIds(partnershipId) };
  });

  presence.track(socket);
}
