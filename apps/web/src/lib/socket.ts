import { useEffect, useRef, useState } from 'react';
import type { Socket } from 'socket.io-client';
import type { ClientToServerEvents, ServerToClientEvents } from '@jumelage/contracts/realtime';
import { setSocketState } from './connection.ts';

export type AppSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

let socketPromise: Promise<AppSocket> | null = null;
let current: AppSocket | null = null;
let hasEverConnected = false;
const accountListeners = new Set<() => void>();

/**
 * Calls `listener` when the server says the viewer's account changed (`account:updated`) or ends
 * the connection on purpose (signed out in another tab, account deactivated), on whatever
 * connection the tab has; no connection is opened for it. Returns the unsubscribe.
 */
export function onAccountUpdated(listener: () => void): () => void {
  accountListeners.add(listener);
  return () => accountListeners.delete(listener);
}

/**
 * The one Socket.IO connection of this tab, opened on first use. socket.io-client is loaded on
 * demand so pages that need no live data stay small on slow links.
 */
export function connectSocket(): Promise<AppSocket> {
  socketPromise ??= import('socket.io-client').then(({ io }) => {
    const socket: AppSocket = io({ withCredentials: true });
    socket.on('connect', () => {
      hasEverConnected = true;
      setSocketState('connected');
    });
    const accountChanged = () => {
      for (const listener of accountListeners) listener();
    };
    // The server ends a connection on purpose (logout elsewhere, account deactivated): nothing to
    // reconnect to, and the session is read again (the page goes to the sign-in at once).
    socket.on('disconnect', (reason) => {
      const isEnded = reason === 'io client disconnect' || reason === 'io server disconnect';
      setSocketState(isEnded ? 'idle' : 'reconnecting');
      if (reason === 'io server disconnect') accountChanged();
    });
    socket.on('connect_error', (error) =>
      setSocketState(error.message === 'unauthenticated' ? 'idle' : 'reconnecting'),
    );
    socket.io.on('reconnect_attempt', () => setSocketState('reconnecting'));
    socket.on('account:updated', accountChanged);
    followBrowserOnline(socket);
    current = socket;
    return socket;
  });
  return socketPromise;
}

/**
 * Closes the connection when the browser goes offline and opens it again as soon as it is back.
 * Socket.IO may only notice the dead link at its next missed ping (up to 45 s), and meanwhile
 * the page went on showing who is online; coming back, it waited for its next retry (up to 5 s).
 * The plans' collab connection does the same (`useCollabStatus`).
 */
function followBrowserOnline(socket: AppSocket): void {
  let isPaused = false;
  window.addEventListener('offline', () => {
    if (socket !== current || !socket.active) return;
    isPaused = true;
    socket.disconnect();
    setSocketState('reconnecting');
  });
  window.addEventListener('online', () => {
    if (!isPaused) return;
    isPaused = false;
    if (socket === current) socket.connect();
  });
}

/** Closes the connection (logout); the next connectSocket() opens a fresh one with the new session. */
export function disconnectSocket(): void {
  current?.disconnect();
  current = null;
  socketPromise = null;
  hasEverConnected = false;
  setSocketState('idle');
}

/**
 * Whether the socket is down after having been up. Its next connect is then a reconnect, also for
 * a component mounted in between: what that component loaded meanwhile may have missed events.
 */
export function isReconnecting(socket: AppSocket): boolean {
  return socket === current && hasEverConnected && !socket.connected;
}

/** Sent with REST writes as X-Socket-Id, so the server's broadcast skips this tab's own change. */
export function currentSocketId(): string | undefined {
  return current?.connected ? current.id : undefined;
}

/** The socket once it is loaded (null before). */
export function useSocket(): AppSocket | null {
  const [socket, setSocket] = useState<AppSocket | null>(current);
  useEffect(() => {
    let isActive = true;
    void connectSocket().then((loaded) => {
      if (isActive) setSocket(loaded);
    });
    return () => {
      isActive = false;
    };
  }, []);
  return socket;
}

/** Calls `handler` for every `event` while the component is mounted; pass a stable (memoised) handler. */
export function useSocketEvent<E extends keyof ServerToClientEvents>(
  event: E,
  handler: ServerToClientEvents[E],
): void {
  const socket = useSocket();
  useEffect(() => {
    if (!socket) return;
    // Socket.IO's typings cannot follow a generic event name; `handler` already has that event's type.
    const listener = handler as never;
    socket.on(event, listener);
    return () => {
      socket.off(event, listener);
    };
  }, [socket, event, handler]);
}

/** Calls `onReconnect` after the connection comes back (not on the first connect): time to catch up. */
export function useReconnect(onReconnect: () => void): void {
  const socket = useSocket();
  const latest = useRef(onReconnect);
  useEffect(() => {
    latest.current = onReconnect;
  });
  useEffect(() => {
    if (!socket) return;
    let hasConnected = socket.connected || isReconnecting(socket);
    const onConnect = () => {
      if (hasConnected) latest.current();
      hasConnected = true;
    };
    socket.on('connect', onConnect);
    return () => {
      socket.off('connect', onConnect);
    };
  }, [socket]);
}
