import { Awareness, encodeAwarenessUpdate, removeAwarenessStates } from 'y-protocols/awareness';
import * as Y from 'yjs';
import type { PlanAuthor } from '@jumelage/contracts/plans';
import type { Logger } from '../logger.ts';
import type { Models } from '../models.ts';
import { colorAmong } from './colors.ts';
import { Connection } from './connection.ts';
import { goneOnArrival, hasGoneOnArrival } from './gone-on-arrival.ts';
import { DocumentSizeGuard, type CollabLimits } from './limits.ts';
import { awarenessMessage, updateMessage } from './protocol.ts';
import type { BatchWriter } from './batch-writer.ts';
import { RenewalRelay } from './renewals.ts';
import { PlanStore, type StoredChange, type StoredRows } from './store.ts';
import { Outgoing } from './transport.ts';

export interface DocumentDeps {
  models: Models;
  logger: Logger;
  limits: CollabLimits;
  /** Called after changes of a plan were written (to derive and announce its metadata). */
  onStored(planId: string, partnershipId: string, change: StoredChange): void;
  /**
   * Called with a client's update (already applied and stored) that brought content gone on
   * arrival, typed into text removed meanwhile (`gone-on-arrival.ts`): `gone` are its ids.
   */
  onGoneOnArrival?(late: LateEdit): void;
}

export interface LateEdit {
  planId: string;
  partnershipId: string;
  update: Uint8Array;
  gone: Y.ID[];
  editor: PlanAuthor;
}

interface AwarenessChange {
  added: number[];
  updated: number[];
  removed: number[];
}

/** While people type, compaction runs at most this often (always when the document is unloaded). */
const compactIntervalMs = 30_000;
/** How long a write the database refused waits before it is tried again (at least one batch). */
const retryWriteMs = 1000;

/**
 * How long an unchanged, renewed awareness state may wait to be relayed. Renewals come 15-18 s
 * apart and receivers drop a state after 30 s, so this must stay well under 12 s.
 */
const renewalWindowMs = 3000;

/** Updates that carry nothing (no structs, no deletions): y-websocket clients send them after a resync. */
const isEmptyUpdate = (update: Uint8Array) => update.byteLength === 2 && update[0] === 0 && update[1] === 0;

/**
 * One loaded plan: its Y.Doc, the awareness of everyone connected, the connections and the store.
 * Every change, from a client or from the server (a restore), takes the same path: size check,
 * apply, record for storage, relay to the other connections.
 */
export class SharedDocument {
  readonly connections = new Set<Connection>();
  readonly awareness: Awareness;
  readonly sizeGuard: DocumentSizeGuard;
  readonly store: PlanStore;
  /** Acquisitions not yet released: connections being set up or open, and server-side work. */
  holders = 0;
  private readonly owners = new Map<number, Connection>();
  /** Ids in the 'change' event that y-protocols emits just before 'update' for the same apply. */
  private changedNow: number[] = [];
  /** Unchanged, renewed states wait to be relayed together, to each connection at its own moment. */
  private readonly renewals: RenewalRelay<Connection>;
  private readonly onGoneOnArrival: DocumentDeps['onGoneOnArrival'];
  /** Set by the transaction of a client's update that may have brought content gone on arrival. */
  private mayHaveGone = false;

  constructor(
    readonly planId: string,
    readonly partnershipId: string,
    readonly doc: Y.Doc,
    rows: StoredRows,
    deps: DocumentDeps,
    writer: BatchWriter,
  ) {
    this.awareness = new Awareness(doc);
    this.awareness.setLocalState(null);
    this.awareness.on('change', this.onAwarenessChange);
    this.awareness.on('update', this.onAwarenessUpdate);
    this.renewals = new RenewalRelay(this.awareness, renewalWindowMs);
    this.onGoneOnArrival = deps.onGoneOnArrival;
    if (this.onGoneOnArrival) doc.on('afterTransaction', this.checkArrivals);
    this.sizeGuard = new DocumentSizeGuard(doc, deps.limits.documentBytes, rows.bytes);
    const storeOptions = { retryMs: Math.max(deps.limits.persistBatchMs, retryWriteMs), compactAfterUpdates: deps.limits.compactAfterUpdates, compactIntervalMs };
    this.store = new PlanStore(deps.models, writer, planId, doc, rows, storeOptions, deps.logger, (change) => deps.onStored(planId, partnershipId, change));
  }

  /**
   * Applies a client's update (throws if Yjs cannot read it) and relays it to everyone else.
   * `relay` is the client's own message when it can be forwarded unchanged.
   */
  applyUpdate(update: Uint8Array, from: Connection, relay?: Uint8Array): void {
    if (isEmptyUpdate(update)) return;
    Y.applyUpdate(this.doc, update, from);
    this.accept(update, from.identity.user, from, relay);
    if (this.mayHaveGone) {
      this.mayHaveGone = false;
      const gone = goneOnArrival(this.doc, update);
      if (gone.length > 0) this.onGoneOnArrival?.({ planId: this.planId, partnershipId: this.partnershipId, update, gone, editor: from.identity.user });
    }
  }

  /** A change made on the server (a restore) as the given user, seen live by every client; returns it as one update. */
  change(editor: PlanAuthor, apply: (doc: Y.Doc) => void): Uint8Array {
    const updates: Uint8Array[] = [];
    const collect = (update: Uint8Array) => updates.push(update);
    this.doc.on('update', collect);
    try {
      apply(this.doc);
    } finally {
      this.doc.off('update', collect);
    }
    for (const update of updates) this.accept(update, editor, null);
    return Y.mergeUpdates(updates);
  }

  /** Sends the same message to every connection but one; it is framed once for all of them. */
  broadcast(message: Uint8Array, except: Connection | null = null): void {
    const outgoing = new Outgoing(message);
    for (const connection of this.connections) if (connection !== except) connection.send(outgoing);
  }

  /**
   * Whether another account's connection announced this client id. The same account may take it
   * over: a browser that reconnects keeps its client id while the old connection may linger.
   */
  isTakenByOther(clientId: number, connection: Connection): boolean {
    const owner = this.owners.get(clientId);
    return owner !== undefined && owner !== connection && owner.identity.userId !== connection.identity.userId;
  }

  /** Adds a connection, with a caret colour no one else here has (see colors.ts). */
  attach(connection: Connection): void {
    const { identity } = connection;
    const taken = new Set<string>();
    let own: string | undefined;
    for (const other of this.connections) {
      if (other.identity.userId === identity.userId) own = other.identity.user.color;
      else taken.add(other.identity.user.color);
    }
    identity.user = { ...identity.user, color: own ?? colorAmong(identity.userId, taken) };
    this.connections.add(connection);
    this.renewals.add(connection);
  }

  /** Forgets a closed connection's cursors, which tells everyone else that it left. */
  detach(connection: Connection): void {
    if (!this.connections.delete(connection)) return;
    this.renewals.delete(connection);
    const clientIds = [...connection.clientIds].filter((id) => this.owners.get(id) === connection);
    if (clientIds.length > 0) removeAwarenessStates(this.awareness, clientIds, null);
  }

  destroy(): void {
    this.renewals.destroy();
    this.doc.off('afterTransaction', this.checkArrivals);
    this.awareness.off('change', this.onAwarenessChange);
    this.awareness.off('update', this.onAwarenessUpdate);
    this.awareness.destroy();
    this.store.detachDocument();
    this.doc.destroy();
  }

  private accept(update: Uint8Array, editor: PlanAuthor, from: Connection | null, relay?: Uint8Array): void {
    this.sizeGuard.applied(update.byteLength);
    this.store.record(update, editor);
    if (this.connections.size > (from ? 1 : 0)) this.broadcast(relay ?? updateMessage(update), from);
  }

  private readonly checkArrivals = (transaction: Y.Transaction) => {
    if (transaction.origin instanceof Connection && hasGoneOnArrival(transaction)) this.mayHaveGone = true;
  };

  /** Notes which states appeared, changed or left; the 'update' that y-protocols emits next acts on it. */
  private readonly onAwarenessChange = ({ added, updated, removed }: AwarenessChange) => {
    this.changedNow = [...added, ...updated, ...removed];
  };

  /**
   * Every accepted entry, changed or only renewed (a newer clock, the same state). Changes go to
   * everyone at once, the author too (y-websocket clients count it as a sign of life); renewals
   * wait to be relayed together (`renewals.ts`), also to their author: for an idle client that is
   * the server's sign of life, without which y-websocket reconnects after 30 s of silence.
   */
  private readonly onAwarenessUpdate = ({ added, updated, removed }: AwarenessChange, origin: unknown) => {
    const changed = this.changedNow;
    this.changedNow = [];
    if (origin instanceof Connection) {
      for (const id of [...added, ...updated]) {
        this.owners.set(id, origin);
        origin.clientIds.add(id);
      }
    }
    for (const id of removed) {
      this.owners.get(id)?.clientIds.delete(id);
      this.owners.delete(id);
    }
    this.renewals.forget(changed);
    this.renewals.renew(updated.filter((id) => !changed.includes(id)));
    if (changed.length > 0) this.broadcast(awarenessMessage(encodeAwarenessUpdate(this.awareness, changed)));
  };
}
