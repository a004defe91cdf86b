import { Router, type Request } from 'express';
import mongoose from 'mongoose';
import { objectId } from '@jumelage/contracts/common';
import { editMessageBody, messagesQuery, sendMessageBody } from '@jumelage/contracts/consultations';
import type { AppContext } from '../../context.ts';
import { requireAuth } from '../../http/authenticate.ts';
import { toPage } from '../../http/paginate.ts';
import { parse } from '../../http/validate.ts';
import { loadChannelAccess } from './channel-access.ts';
import { presentMessage } from './consultations.presenter.ts';
import { deleteMessage, editMessage, sendMessage, type ChatContext } from './messages.commands.ts';

/** `_id` window and order of one history page (see messagesQuery in the contracts); index (channelId, _id). */
function historyWindow(query: { before?: string; after?: string }): { range: object; order: 1 | -1 } {
  if (query.after) return { range: { _id: mongoose.trusted({ $gt: new mongoose.Types.ObjectId(query.after) }) }, order: 1 };
  if (query.before) return { range: { _id: mongoose.trusted({ $lt: new mongoose.Types.ObjectId(query.before) }) }, order: -1 };
  return { range: {}, order: -1 };
}

/** REST twins of the socket commands, for clients without a socket; the same commands underneath. */
export function messagesRoutes(ctx: AppContext, { restChat }: { restChat: (req: Request) => ChatContext }): Router {
  const { models } = ctx;
  const router = Router();

  router.get('/channels/:channelId/messages', async (req, res) => {
    const { user } = requireAuth(req);
    const access = await loadChannelAccess(models, user, req.params.channelId);
    const query = parse(messagesQuery, req.query);
    const { range, order } = historyWindow(query);
    const rows = await models.Message.find({ channelId: access.channel._id, ...range })
      .sort({ _id: order })
      .limit(query.limit + 1);
    res.json(toPage(rows, query.limit, presentMessage));
  });

  router.post('/channels/:channelId/messages', async (req, res) => {
    const { user } = requireAuth(req);
    const channelId = parse(objectId, req.params.channelId);
    const body = parse(sendMessageBody, req.body);
    const author = { id: user.id, globalRole: user.globalRole, name: user.name };
    const { message, isNew } = await sendMessage(restChat(req), author, { channelId, ...body });
    res.status(isNew ? 201 : 200).json({ data: message });
  });

  router.patch('/messages/:messageId', async (req, res) => {
    const { user } = requireAuth(req);
    const messageId = parse(objectId, req.params.messageId);
    const body = parse(editMessageBody, req.body);
    res.json({ data: await editMessage(restChat(req), user, { messageId, ...body }) });
  });

  router.delete('/messages/:messageId', async (req, res) => {
    const { user } = requireAuth(req);
    const messageId = parse(objectId, req.params.messageId);
    res.json({ data: await deleteMessage(restChat(req), user, { messageId }) });
  });

  return router;
}
