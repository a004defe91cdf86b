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

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  window.addEventListener('online', listener);
  window.addEventListener('offline', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('online', listener);
    window.removeEventListener('offline', listener);
  };
}

function snapshot(): ConnectionState {
  if (!navigator.onLine) return 'offline';
  return socketState === 'reconnecting' ? 'reconnecting' : 'online';
}

export function useConnectionState(): ConnectionState {
  return useSyncExternalStore(subscribe, snapshot);
}
