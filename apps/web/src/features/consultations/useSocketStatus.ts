import { useEffect, useMemo, useState } from 'react';
import { isReconnecting, useSocket, type AppSocket } from '../../lib/socket.ts';

export interface SocketStatus {
  socket: AppSocket | null;
  isConnected: boolean;
  /**
   * Connections seen by this component, counting one already open (or being re-established) when
   * it mounted. Effects that depend on it run again after every (re)connect: time to catch up on
   * what was missed.
   */
  connectCount: number;
}

function initialState(socket: AppSocket | null) {
  const isConnected = socket?.connected ?? false;
  const hasBeenConnected = isConnected || (socket !== null && isReconnecting(socket));
  return { socket, isConnected, connectCount: hasBeenConnected ? 1 : 0 };
}

/** The tab's socket (loaded on demand) and whether it is connected right now. */
export function useSocketStatus(): SocketStatus {
  const socket = useSocket();
  const [state, setState] = useState(() => initialState(socket));

  useEffect(() => {
    if (!socket) return;
    const onConnect = () =>
      setState((s) =>
        s.socket === socket && s.isConnected
          ? s
          : { socket, isConnected: true, connectCount: s.connectCount + 1 },
      );
    const onDisconnect = () => setState((s) => ({ ...s, socket, isConnected: false }));
    socket.on('connect', onConnect);
    socket.on('disconnect', onDisconnect);
    // The socket may have connected before this subscription (e.g. it was loaded just now).
    if (socket.connected) queueMicrotask(onConnect);
    return () => {
      socket.off('connect', onConnect);
      socket.off('disconnect', onDisconnect);
    };
  }, [socket]);

  const isCurrent = state.socket === socket;
  const isConnected = isCurrent && state.isConnected;
  const connectCount = isCurrent ? state.connectCount : 0;
  return useMemo(
    () => ({ socket, isConnected, connectCount }),
    [socket, isConnected, connectCount],
  );
}
