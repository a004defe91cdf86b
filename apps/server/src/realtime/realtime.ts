import type { Request } from 'express';
import type { RealtimeServer } from './io.ts';
import type { Revocations } from './revocations.ts';
import { rooms } from './rooms.ts';

export type ConnectionCloser = (filter: { userId?: string; sessionId?: string; partnershipId?: string }) => void;
/** A user's role changed in one partnership, or (no partnershipId) their global role. */
export type AccessChangeListener = (change: { userId: string; partnershipId?: string }) => void;
export type RenameListener = (change: { userId: string; name: string }) => void;

const socketIdPattern = /^[A-Za-z0-9_-]{1,64}$/;

/**
 * The Socket.IO id a browser sends with a REST write (header X-Socket-Id), so the broadcast that
 * follows can skip the sender, who already applied its own change.
 */
export function senderSocketId(req: Request): string | undefined {
  const id = req.get('x-socket-id');
  return id && socketIdPattern.test(id) ? id : undefined;
}

/** What features may do with live connections, without knowing about Socket.IO or the collab endpoint. */
export function createRealtime(io: RealtimeServer, revocations: Revocations) {
  const closers: ConnectionCloser[] = [];
  const accessListeners: AccessChangeListener[] = [];
  const renameListeners: RenameListener[] = [];
  return {
    io,
    /** For connections being opened: whether access changed while they read it. */
    revocations,
    /**
     * The partnership's room (plus coordinators and admins watching all partnerships, if asked),
     * minus the socket that sent `exceptSenderOf` (if that request named one). Each socket gets it once.
     */
    toPartnership(partnershipId: string, options: { exceptSenderOf?: Request; includeViewers?: boolean } = {}) {
      const targets = [rooms.partnership(partnershipId), ...(options.includeViewers ? [rooms.viewers] : [])];
      const room = io.to(targets);
      const sender = options.exceptSenderOf ? senderSocketId(options.exceptSenderOf) : undefined;
      return sender ? room.except(sender) : room;
    },
    toUser: (userId: string) => io.to(rooms.user(userId)),
    joinPartnership(userId: string, partnershipId: string) {
      io.in(rooms.user(userId)).socketsJoin(rooms.partnership(partnershipId));
    },
    /** A removed member stops receiving the partnership's events and loses its collab connections. */
    leavePartnership(userId: string, partnershipId: string) {
      revocations.mark({ userId });
      io.in(rooms.user(userId)).socketsLeave(rooms.partnership(partnershipId));
      io.to(rooms.user(userId)).emit('member:removed', { partnershipId, userId });
      for (const close of closers) close({ userId, partnershipId });
    },
    /** Logout ends every live connection opened with that session. */
    disconnectSession(sessionId: string) {
      revocations.mark({ sessionId });
      io.in(rooms.session(sessionId)).disconnectSockets(true);
      for (const close of closers) close({ sessionId });
    },
    /** A deactivated account: every live connection of every session ends (the sessions are deleted). */
    disconnectUser(userId: string) {
      revocations.mark({ userId });
      io.in(rooms.user(userId)).disconnectSockets(true);
      for (const close of closers) close({ userId });
    },
    onCloseConnections(closer: ConnectionCloser) {
      closers.push(closer);
    },
    /** Rights were changed: caches of them are dropped and live connections pick up the new ones. */
    accessChanged(userId: string, partnershipId?: string) {
      revocations.mark({ userId });
      for (const listener of accessListeners) listener({ userId, partnershipId });
    },
    /**
     * A global role changed: coordinators and admins watch every partnership, users do not. The
     * user's open sockets carry the new role from now on (what they may ask is checked against it).
     */
    globalRoleChanged(userId: string, globalRole: string) {
      revocations.mark({ userId });
      for (const socketId of io.sockets.adapter.rooms.get(rooms.user(userId)) ?? []) {
        const socket = io.sockets.sockets.get(socketId);
        if (socket) socket.data.globalRole = globalRole;
      }
      const sockets = io.in(rooms.user(userId));
      if (globalRole !== 'user') sockets.socketsJoin(rooms.viewers);
      else sockets.socketsLeave(rooms.viewers);
      // Their open tabs show menus and pages for the old role until they read it again.
      io.to(rooms.user(userId)).emit('account:updated');
      for (const listener of accessListeners) listener({ userId });
    },
    onAccessChanged(listener: AccessChangeListener) {
      accessListeners.push(listener);
    },
    /** A user changed their name: live connections that carry it (collab cursors, plan:updated) take the new one. */
    userRenamed(userId: string, name: string) {
      for (const listener of renameListeners) listener({ userId, name });
    },
    onUserRenamed(listener: RenameListener) {
      renameListeners.push(listener);
    },
  };
}

export type Realtime = ReturnType<typeof createRealtime>;
