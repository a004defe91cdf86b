import { encodeAwarenessUpdate, type Awareness } from 'y-protocols/awareness';
import { awarenessMessage } from './protocol.ts';
import { Outgoing } from './transport.ts';

// Every y-websocket client sends its unchanged awareness state again 15-18 s after its last change
// so that the others keep it (they drop a state not heard of for 30 s), and a stock client echoes
// every renewal it receives. Relayed one by one, 60 people on a plan cause four messages a second
// to each of them and as many echoes. Collected, they still should not go out to everyone at the
// same moment: people who joined together renew together, and one message carrying 60 states to 60
// connections at once is a burst every client answers at once (measured in the propagation
// benchmark: a 15-20 ms stall of its client process each time, enough to move the p99).
//
// So each connection has a slot. A tick every `windowMs / slots` serves one slot: its connections
// get, in one message, the renewals they have not been sent yet. Every renewal reaches every
// connection within `windowMs`, the deliveries are spread over that window, and one message is
// encoded per tick for all connections of the slot.

interface Receiver {
  slot: number;
  /** The sequence number of the last renewal this connection was sent (or that it joined after). */
  cursor: number;
}

export interface RenewalReceiver {
  send(message: Outgoing): void;
}

export class RenewalRelay<C extends RenewalReceiver> {
  private sequence = 0;
  /** Each renewed client id with the sequence number of its latest renewal. */
  private readonly renewed = new Map<number, number>();
  private readonly receivers = new Map<C, Receiver>();
  /** How many connections each slot holds: a new one takes the emptiest, so people leaving and joining keep them even. */
  private readonly slotSizes: number[];
  private ticks = 0;
  private timer: NodeJS.Timeout | undefined;
  private isDestroyed = false;

  constructor(
    private readonly awareness: Awareness,
    private readonly windowMs: number,
    private readonly slots = 10,
  ) {
    this.slotSizes = new Array<number>(slots).fill(0);
  }

  /** A new connection: it was sent every state when it opened, so only later renewals are for it. */
  add(connection: C): void {
    const slot = this.slotSizes.indexOf(Math.min(...this.slotSizes));
    this.slotSizes[slot] = (this.slotSizes[slot] ?? 0) + 1;
    this.receivers.set(connection, { slot, cursor: this.sequence });
  }

  delete(connection: C): void {
    const receiver = this.receivers.get(connection);
    if (!receiver) return;
    this.receivers.delete(connection);
    this.slotSizes[receiver.slot] = (this.slotSizes[receiver.slot] ?? 1) - 1;
  }

  /** States renewed unchanged (a newer clock, the same state): relayed within the window. */
  renew(clientIds: readonly number[]): void {
    if (clientIds.length === 0 || this.isDestroyed) return;
    for (const clientId of clientIds) this.renewed.set(clientId, ++this.sequence);
    this.timer ??= setInterval(this.tick, this.windowMs / this.slots);
  }

  /** States that changed or left: that change went to everyone at once and carries the newer clock. */
  forget(clientIds: readonly number[]): void {
    for (const clientId of clientIds) this.renewed.delete(clientId);
  }

  destroy(): void {
    this.isDestroyed = true;
    this.stop();
  }

  private stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }

  private readonly tick = () => {
    const slot = this.ticks++ % this.slots;
    const messages = new Map<number, Outgoing | null>();
    let isAnyBehind = false;
    for (const [connection, receiver] of this.receivers) {
      if (receiver.cursor >= this.sequence) continue;
      if (receiver.slot !== slot) {
        isAnyBehind = true;
        continue;
      }
      // Connections of one slot were last served together and share one message; one that joined
      // since has a later cursor and gets its own.
      if (!messages.has(receiver.cursor)) messages.set(receiver.cursor, this.messageSince(receiver.cursor));
      const message = messages.get(receiver.cursor);
      if (message) connection.send(message);
      receiver.cursor = this.sequence;
    }
    if (!isAnyBehind) this.stop();
  };

  private messageSince(cursor: number): Outgoing | null {
    const states = this.awareness.getStates();
    const clientIds: number[] = [];
    for (const [clientId, sequence] of this.renewed) if (sequence > cursor && states.has(clientId)) clientIds.push(clientId);
    return clientIds.length > 0 ? new Outgoing(awarenessMessage(encodeAwarenessUpdate(this.awareness, clientIds))) : null;
  }
}
