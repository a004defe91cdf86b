// Who of a partnership is online: users with at least one open Socket.IO connection in the
// partnership's room. Connections are counted per user in memory, so a second tab or a reconnect
// announces nothing; a user's first connection and last disconnection (and removal from the
// partnership) are announced as one small change, `presence:changed { userId, isOnline }`, so that a
// thousand users connecting at once cost a thousand small events rather than a thousand full lists.
// `presence:list` answers with the full list; it is read synchronously from this process's rooms, so
// on one connection every change announced before the answer is already in it, and every later one
// arrives after it: a client that lists after connecting and then applies changes stays exact.
import type { AppSocket, RealtimeServer } from '../../realtime/io.ts';
import { rooms } from '../../realtime/rooms.ts';

const partnershipRoomPrefix = rooms.partnership('');

const partnershipIdsOf = (joined: Iterable<string>) =>
  [...joined].filter((room) => room.startsWith(partnershipRoomPrefix)).map((room) => room.slice(partnershipRoomPrefix.length));

export function createPresence(io: RealtimeServer) {
  const connectionsPerUser = new Map<string, number>();

  function onlineUserIds(partnershipId: string): string[] {
    const socketIds = io.sockets.adapter.rooms.get(rooms.partnership(partnershipId)) ?? new Set<string>();
    const userIds = new Set<string>();
    for (const socketId of socketIds) {
      const userId = io.sockets.sockets.get(socketId)?.data.userId;
      if (userId) userIds.add(userId);
    }
    return [...userIds].sort();
  }

  function announce(userId: string, partnershipIds: string[], isOnline: boolean): void {
    for (const partnershipId of partnershipIds) {
      io.to(rooms.partnership(partnershipId)).emit('presence:changed', { partnershipId, userId, isOnline });
    }
  }

  function track(socket: AppSocket): void {
    const { userId } = socket.data;
    const count = (connectionsPerUser.get(userId) ?? 0) + 1;
    connectionsPerUser.set(userId, count);
    if (count === 1) announce(userId, partnershipIdsOf(socket.rooms), true);
    // By 'disconnect' the socket has left its rooms; remember them while it is leaving.
    let lastRooms: string[] = [];
    socket.on('disconnecting', () => {
      lastRooms = partnershipIdsOf(socket.rooms);
    });
    socket.on('disconnect', () => {
      const remaining = (connectionsPerUser.get(userId) ?? 1) - 1;
      if (remaining > 0) return void connectionsPerUser.set(userId, remaining);
      connectionsPerUser.delete(userId);
      announce(userId, lastRooms, false);
    });
  }

  /** A removed member's sockets have left the partnership's room: the others see them go. */
  function removed(userId: string, partnershipId: string): void {
    announce(userId, [partnershipId], false);
  }

  return { track, removed, onlineUserIds };
}

export type Presence = ReturnType<typeof createPresence>;
