import * as encoding from 'lib0/encoding';

/** A y-websocket sync update message ([0 sync][2 update][bytes]), as the WebsocketProvider sends it. */
export function syncUpdateMessage(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 0);
  encoding.writeVarUint(encoder, 2);
  encoding.writeVarUint8Array(encoder, update);
  return encoding.toUint8Array(encoder);
}

export const yieldToEventLoop = () => new Promise((resolve) => setImmediate(resolve));

export const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

/** A transport that drops what is sent: the endpoint's message path without sockets. */
export const discardingTransport = { send: () => undefined, close: () => undefined, ping: () => undefined, bufferedBytes: () => 0 };
