import type { WebsocketProvider } from 'y-websocket';

interface AwarenessChanges {
  added: number[];
  updated: number[];
  removed: number[];
}

/**
 * Sends only this tab's own presence to the server. Stock y-websocket sends every awareness change,
 * including the other people's carets it has just received from the server: each caret move would
 * come back from every open tab, a needless upload on a slow link. The server relays this tab's
 * state to everyone; nobody needs the echo.
 */
export function sendOwnAwarenessOnly(provider: WebsocketProvider): void {
  const { awareness, doc } = provider;
  const sendToServer = provider._awarenessUpdateHandler;
  const own = (clientIds: number[]) => clientIds.filter((clientId) => clientId === doc.clientID);
  const sendOwn = ({ added, updated, removed }: AwarenessChanges, origin: unknown) => {
    const changes = { added: own(added), updated: own(updated), removed: own(removed) };
    if (changes.added.length + changes.updated.length + changes.removed.length > 0) {
      sendToServer(changes, origin);
    }
  };
  awareness.off('update', sendToServer);
  awareness.on('update', sendOwn);
  // The provider unregisters this field's handler when it is destroyed.
  provider._awarenessUpdateHandler = sendOwn;
}
