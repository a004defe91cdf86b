import type { WebSocket } from 'ws';

// Relaying an update to every other connection of a plan is the endpoint's main cost. `ws` frames
// each send on its own (an options object, a header buffer, a corked two-part write per socket);
// an outgoing message here is framed once, on first use, and the same bytes are written to every
// socket. Socket.IO broadcasts the same way: it frames once and writes through ws's
// Sender#sendFrame, the internal used below. Should a ws release drop it, sends fall back to
// ws.send (the ws version is pinned by the lockfile; collab tests exercise this path).

/** A message for one or many connections; its WebSocket frame is built once and shared. */
export class Outgoing {
  private frame: Buffer | undefined;

  constructor(readonly bytes: Uint8Array) {}

  /** The bytes as one final, unmasked, binary WebSocket frame (RFC 6455, section 5.2). */
  framed(): Buffer {
    this.frame ??= binaryFrame(this.bytes);
    return this.frame;
  }
}

/** The socket under a connection: a WebSocket in the server, a stub in benchmarks. */
export interface Transport {
  send(message: Outgoing): void;
  close(code: number, reason: string): void;
  ping(): void;
  /** Bytes accepted by send() but not yet handed to the operating system. */
  bufferedBytes(): number;
}

const finalBinary = 0x82;

export function binaryFrame(payload: Uint8Array): Buffer {
  const length = payload.byteLength;
  const headerBytes = length < 126 ? 2 : length < 65_536 ? 4 : 10;
  const frame = Buffer.allocUnsafe(headerBytes + length);
  frame[0] = finalBinary;
  if (length < 126) {
    frame[1] = length;
  } else if (length < 65_536) {
    frame[1] = 126;
    frame.writeUInt16BE(length, 2);
  } else {
    frame[1] = 127;
    frame.writeBigUInt64BE(BigInt(length), 2);
  }
  frame.set(payload, headerBytes);
  return frame;
}

interface FrameSender {
  sendFrame(list: Buffer[]): void;
}

function frameSenderOf(ws: WebSocket): FrameSender | undefined {
  const sender: unknown = Reflect.get(ws, '_sender');
  if (typeof sender !== 'object' || sender === null || !('sendFrame' in sender) || typeof sender.sendFrame !== 'function') return undefined;
  return sender as FrameSender;
}

const binaryOptions = { binary: true } as const;

export function wsTransport(ws: WebSocket): Transport {
  // Found once per socket: the sender exists from the moment ws hands the socket over.
  const sender = frameSenderOf(ws);
  return {
    send: (message) => {
      if (ws.readyState !== ws.OPEN) return;
      if (sender) sender.sendFrame([message.framed()]);
      else ws.send(message.bytes, binaryOptions);
    },
    close: (code, reason) => ws.close(code, reason),
    ping: () => ws.ping(),
    bufferedBytes: () => ws.bufferedAmount,
  };
}
