import type { RealtimeServer } from './io.ts';
import { rooms } from './rooms.ts';

export type ConnectionCloser = (filter: { userId?: string; sessionId?: string; partnershipId?: string }) => void;

/** What features may do with live connections, without knowing about Socket.IO or the collab endpoint. */
export function createRealtime(io: RealtimeServer) {
  const closers: ConnectionCloser[] = [];
  return {
    toPartnership: (partnershipId: string) => io.to(rooms.partnership(partnershipId)),
    joinPartnership(userId: string, partnershipId: string) {
      io.in(rooms.user(userId)).socketsJoin(rooms.partnership(partnershipId));
    },
    /** A removed member stops receiving the partnership's events and loses its collab connections. */
    leavePartnership(userId: string, partnershipId: string) {
      io.in(rooms.user(userId)).socketsLeave(rooms.partnership(partnershipId));
      io.to(rooms.user(userId)).emit('member:removed', { partnershipId, userId });
      for (const close of closers) close({ userId, partnershipId });
    },
    /** Logout ends every live connection opened with that session. */
    disconnectSession(sessionId: string) {
      io.in(rooms.session(sessionId)).disconnectSockets(true);
      for (const close of closers) close({ sessionId });
    },
    onCloseConnections(closer: ConnectionCloser) {
      closers.push(closer);
    },
  };
}

export type Realtime = ReturnType<typeof createRealtime>;
