import type { WebsocketProvider } from 'y-websocket';

/**
 * Shows who is here as soon as a dropped connection is back. On a drop, y-websocket removes the
 * other people's presence but keeps their clocks, and y-protocols then takes the server's list of
 * who is here as old news (same clocks) until each person changes theirs: at the latest with its
 * renewal every 15 s, so "N people here" lagged behind by that much. Forgetting the clocks of those
 * removed lets the list the server sends on connecting count again.
 */
export function showPresenceAfterReconnect(provider: WebsocketProvider): void {
  const { awareness } = provider;
  provider.on('status', ({ status }: { status: string }) => {
    if (status !== 'disconnected') return;
    for (const clientId of [...awareness.meta.keys()]) {
      if (clientId !== awareness.clientID && !awareness.states.has(clientId)) {
        awareness.meta.delete(clientId);
      }
    }
  });
}
