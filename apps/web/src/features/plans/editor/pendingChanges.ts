import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { messageYjsSyncStep2, writeSyncStep1 } from 'y-protocols/sync';
import { messageSync, type WebsocketProvider } from 'y-websocket';
import type * as Y from 'yjs';

/** How long the document must stay quiet before asking the server whether it has everything. */
export const settleMs = 400;

/**
 * Where this device's edits stand: all confirmed by the server (`none`), some on their way
 * (`sending`), or a new connection asking the server whether it has everything, with nothing typed
 * in this page since the last confirmation (`checking`: edits from before a reload may still be
 * on their way, so this is not "saved" yet, but nor is it "saving" something the person wrote).
 */
export type PendingState = 'none' | 'checking' | 'sending';

/**
 * Tracks whether local edits may still be on their way to the server. y-websocket has no
 * acknowledgements, but the server handles one connection's messages in order and answers a sync
 * step 1 with a step 2, and with nothing else: once typing pauses (`settleMs`), a step 1 sent
 * after the edits comes back answered only after the server applied them. Each new connection
 * asks the same at once, because its sync delivers what was typed offline or before a reload.
 */
export function trackPendingChanges(
  doc: Y.Doc,
  provider: WebsocketProvider,
  /** Origins of changes that came from elsewhere (the server, the IndexedDB copy). */
  remoteOrigins: readonly unknown[],
  onChange: (state: PendingState) => void,
): { afterSync: () => void; stop: () => void } {
  let timer: ReturnType<typeof setTimeout> | undefined;
  /** The connection the open questions went out on, and how many are unanswered. */
  let askedOn: WebSocket | null = null;
  let unanswered = 0;
  /** A local change came after the last question. */
  let hasChangedSince = false;
  /** A local change in this page that no answer has confirmed yet. */
  let isUnconfirmed = false;

  const ask = () => {
    const socket = provider.ws;
    if (!provider.wsconnected || !provider.synced || !socket) return; // the next sync asks
    if (askedOn !== socket) unanswered = 0;
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, messageSync);
    writeSyncStep1(encoder, doc);
    socket.send(encoding.toUint8Array(encoder));
    askedOn = socket;
    unanswered += 1;
    hasChangedSince = false;
  };
  const settle = () => {
    clearTimeout(timer);
    timer = setTimeout(ask, settleMs);
  };
  const onUpdate = (_update: Uint8Array, origin: unknown) => {
    if (remoteOrigins.includes(origin)) return;
    hasChangedSince = true;
    isUnconfirmed = true;
    onChange('sending');
    settle();
  };
  const handleSync = provider.messageHandlers[messageSync];
  provider.messageHandlers[messageSync] = (encoder, decoder, ...rest) => {
    const isAnswer =
      provider.ws === askedOn && decoding.peekVarUint(decoder) === messageYjsSyncStep2;
    handleSync?.(encoder, decoder, ...rest);
    if (!isAnswer || unanswered === 0) return;
    unanswered -= 1;
    if (unanswered > 0 || hasChangedSince) return;
    isUnconfirmed = false;
    onChange('none');
  };
  doc.on('update', onUpdate);
  return {
    /** Called on each sync: the new connection has to deliver what is on this device. */
    afterSync: () => {
      clearTimeout(timer);
      onChange(isUnconfirmed ? 'sending' : 'checking');
      ask();
    },
    stop: () => {
      clearTimeout(timer);
      doc.off('update', onUpdate);
      if (handleSync) provider.messageHandlers[messageSync] = handleSync;
    },
  };
}
