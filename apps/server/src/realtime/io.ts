import type { Server as HttpServer } from 'node:http';
import { Server, type Socket } from 'socket.io';
import type { ClientToServerEvents, ServerToClientEvents } from '@jumelage/contracts/realtime';
import type { Env } from '../env.ts';
import type { Logger } from '../logger.ts';
import type { Models } from '../models.ts';
import { resolveSession } from '../features/auth/sessions.ts';
import { allowedOrigins, isOriginAllowed } from '../http/origin.ts';
import { readSessionToken } from '../http/session-cookie.ts';
import type { Revocations } from './revocations.ts';
import { rooms } from './rooms.ts';

export interface SocketData {
  userId: string;
  sessionId: string;
  globalRole: string;
}

export type RealtimeServer = Server<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;
export type AppSocket = Socket<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;

/**
 * Socket.IO on the shared HTTP server. The handshake is authenticated from the session cookie and the
 * Origin is checked before the connection is accepted; rooms come from memberships, never from clients.
 */
export function createSocketServer(httpServer: HttpServer, env: Env, models: Models, logger: Logger, revocations: Revocations): RealtimeServer {
  const origins = allowedOrigins(env);
  const io: RealtimeServer = new Server(httpServer, {
    serveClient: false,
    destroyUpgrade: false,
    maxHttpBufferSize: 64 * 1024,
    allowRequest: (req, callback) => callback(null, isOriginAllowed(req, origins)),
  });

  io.use(async (socket, next) => {
    try {
      // Read again if the user's access changed while it was read (a removal or logout then reached
      // the sockets already in the rooms, not this one). Checked and joined in one turn.
      for (let attempt = 0; attempt < 5; attempt += 1) {
        const stamp = revocations.stamp();
        const auth = await resolveSession(models, readSessionToken(socket.request));
        if (!auth) return next(new Error('unauthenticated'));
        const memberships = await models.Membership.find({ userId: auth.user._id });
        if (revocations.changedSince(stamp, { userId: auth.user.id, sessionId: auth.session.id })) continue;
        socket.data = { userId: auth.user.id, sessionId: auth.session.id, globalRole: auth.user.globalRole };
        void socket.join([
          rooms.user(auth.user.id),
          rooms.session(auth.session.id),
          ...memberships.map((m) => rooms.partnership(String(m.partnershipId))),
          ...(auth.user.globalRole === 'user' ? [] : [rooms.viewers]),
        ]);
        return next();
      }
      next(new Error('unavailable')); // access kept changing while it was read; the client retries
    } catch (error) {
      logger.error({ err: error }, 'socket authentication failed');
      next(new Error('unavailable'));
    }
  });

  return io;
}
