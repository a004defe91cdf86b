import { useSyncExternalStore } from 'react';

/** What the live connection is doing, as the connection banner tells the user. */
export type ConnectionState = 'online' | 'offline' | 'reconnecting';

let socketState: 'connected' | 'reconnecting' | 'idle' = 'idle';
const listeners = new Set<() => void>();

function notify(): void {
  for (const listener of listeners) listener();
}

export function setSocketState(state: typeof socketState): void {
  if (socketState === state) return;
  socketState = state;
  notify();
}

/** Calls `listener` whenever the connection state may have changed; returns the unsubscribe. */
export function onConnectionChange(listener: () => void): () => void {
  listeners.add(listener);
  window.addEventListener('online', listener);
  window.addEventListener('offline', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('online', listener);
    window.removeEventListener('offline', listener);
  };
}

export function currentConnectionState(): ConnectionState {
  if (!navigator.onLine) return 'offline';
  return socketState === 'reconnecting' ? 'reconnecting' : 'online';
}

export function useConnectionState(): ConnectionState {
  return useSyncExternalStore(onConnectionChange, currentConnectionState);
}
