import { applyAwarenessUpdate, encodeAwarenessUpdate } from 'y-protocols/awareness';
import { collabReadOnlyRefusal } from '@jumelage/contracts/constants';
import type { Logger } from '../logger.ts';
import { stampAwarenessUpdate, type AwarenessUser } from './awareness.ts';
import { collabCloseCodes, type CollabLimits } from './limits.ts';
import {
  awarenessMessage,
  MalformedMessageError,
  parseClientMessage,
  permissionDeniedMessage,
  syncStep1Message,
  syncStep2Message,
  type ClientMessage,
} from './protocol.ts';
import { carriesNewContent, isAllowedForReadOnly } from './readonly.ts';
import type { SharedDocument } from './shared-document.ts';
import { Outgoing, type Transport } from './transport.ts';

export interface Identity {
  userId: string;
  sessionId: string;
  partnershipId: string;
  user: AwarenessUser;
  isReadOnly: boolean;
  /** When the session ends (epoch ms); the keepalive closes the connection after it. */
  sessionExpiresAt: number;
}

/**
 * One client's y-websocket connection to a shared document. `receive` never throws: whatever a
 * client sends, the worst outcome is that this one connection is closed with a documented code.
 */
export class Connection {
  readonly clientIds = new Set<number>();
  /** Cleared on each keepalive ping, set by the pong. */
  isAlive = true;
  private isClosed = false;
  /** A read-only connection was told once that changes it sent were refused. */
  private hasRefused = false;

  constructor(
    readonly shared: SharedDocument,
    readonly identity: Identity,
    private readonly transport: Transport,
    private readonly limits: CollabLimits,
    private readonly logger: Logger,
    private readonly onClosed: (connection: Connection) => void,
  ) {}

  /** Starts the sync: our state vector (the client answers with what we lack) and who is here. */
  open(): void {
    this.send(syncStep1Message(this.shared.doc));
    const clientIds = [...this.shared.awareness.getStates().keys()];
    if (clientIds.length > 0) this.send(awarenessMessage(encodeAwarenessUpdate(this.shared.awareness, clientIds)));
  }

  receive(message: Uint8Array): void {
    if (this.isClosed) return;
    if (message.byteLength > this.limits.messageBytes) return this.close(collabCloseCodes.messageTooLarge, 'message too large');
    try {
      this.handle(parseClientMessage(message), message);
    } catch (error) {
      if (!(error instanceof MalformedMessageError)) this.logger.warn({ err: error, planId: this.shared.planId }, 'collab message refused');
      this.close(collabCloseCodes.malformedMessage, 'malformed message');
    }
  }

  /**
   * Sends a message (one shared Outgoing when the same bytes go to many connections). A client
   * that stopped reading is not buffered for without end: past the backlog limit it is closed and
   * resyncs when it is back, receiving one merged difference instead of every update it missed.
   */
  send(message: Uint8Array | Outgoing): void {
    if (this.isClosed) return;
    if (this.transport.bufferedBytes() > this.limits.sendBacklogBytes) return this.close(collabCloseCodes.sendBacklogTooLarge, 'too far behind');
    this.transport.send(message instanceof Outgoing ? message : new Outgoing(message));
  }

  ping(): void {
    if (!this.isClosed) this.transport.ping();
  }

  /** Closes from our side with a close code; the shared document forgets the connection at once. */
  close(code: number, reason: string): void {
    if (this.isClosed) return;
    this.transport.close(code, reason);
    this.closed();
  }

  /** The socket is gone (closed by the client, the network or us). */
  closed(): void {
    if (this.isClosed) return;
    this.isClosed = true;
    this.onClosed(this);
  }

  private refuse(message: ClientMessage): void {
    if (this.hasRefused || message.kind !== 'update' || !carriesNewContent(message.update, this.shared.doc)) return;
    this.hasRefused = true;
    this.send(permissionDeniedMessage(collabReadOnlyRefusal));
  }

  private handle(message: ClientMessage, raw: Uint8Array): void {
    if (this.identity.isReadOnly && !isAllowedForReadOnly(message)) return this.refuse(message);
    const { shared } = this;
    switch (message.kind) {
      case 'syncStep1':
        return this.send(syncStep2Message(shared.doc, message.stateVector));
      case 'update':
        if (!shared.sizeGuard.allows(message.update.byteLength)) return this.close(collabCloseCodes.documentTooLarge, 'document too large');
        // A plain update can be relayed byte for byte; a sync step 2 is relayed as an update.
        return shared.applyUpdate(message.update, this, message.isSyncStep2 ? undefined : raw);
      case 'awareness': {
        const stamped = stampAwarenessUpdate(message.update, {
          user: this.identity.user,
          mine: this.clientIds,
          isTakenByOther: (clientId) => shared.isTakenByOther(clientId, this),
          awareness: shared.awareness,
        });
        if (stamped) applyAwarenessUpdate(shared.awareness, stamped, this);
        return;
      }
      case 'queryAwareness':
        return this.send(awarenessMessage(encodeAwarenessUpdate(shared.awareness, [...shared.awareness.getStates().keys()])));
    }
  }
}
