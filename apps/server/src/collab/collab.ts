import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import type { AppContext } from '../context.ts';
import { allowedOrigins } from '../http/origin.ts';
import { authorizeUpgrade } from './auth.ts';
import { Connection, type Identity } from './connection.ts';
import { DocumentRegistry, type StoredChange } from './documents.ts';
import { collabCloseCodes, resolveLimits, type CollabLimits } from './limits.ts';
import type { LateEdit, SharedDocument } from './shared-document.ts';
import { wsTransport, type Transport } from './transport.ts';

export interface CollabOptions {
  limits?: Partial<CollabLimits>;
  /** Derives and announces a plan's metadata after its changes were stored. */
  onStored(planId: string, partnershipId: string, change: StoredChange): void;
  /** Keeps content that was typed into text removed meanwhile (see `DocumentDeps`). */
  onGoneOnArrival?(late: LateEdit): void;
}

const statusText: Record<number, string> = { 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found', 503: 'Service Unavailable' };

function refuse(socket: Duplex, status: number): void {
  socket.end(`HTTP/1.1 ${status} ${statusText[status] ?? ''}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
}

/**
 * The y-websocket endpoint at /collab/plan:<planId>: authorise the upgrade, load the document,
 * then speak the protocol on the WebSocket. Keepalive pings drop connections that stopped answering.
 */
export function createCollab(ctx: AppContext, options: CollabOptions) {
  const limits = resolveLimits(options.limits);
  const origins = allowedOrigins(ctx.env);
  const registry = new DocumentRegistry({ models: ctx.models, logger: ctx.logger, limits, onStored: options.onStored, onGoneOnArrival: options.onGoneOnArrival });
  // Frames beyond twice the limit are cut off by ws itself (close 1009) before they are buffered.
  const wss = new WebSocketServer({ noServer: true, maxPayload: limits.messageBytes * 2, perMessageDeflate: false });
  const connections = new Set<Connection>();
  let isClosing = false;

  const onClosed = (connection: Connection) => {
    connections.delete(connection);
    connection.shared.detach(connection);
    registry.release(connection.shared);
  };

  /** Attaches a connection over any transport to a held document (the holder passes to the connection). */
  function attach(shared: SharedDocument, identity: Identity, transport: Transport): Connection {
    const connection = new Connection(shared, identity, transport, limits, ctx.logger, onClosed);
    connections.add(connection);
    shared.attach(connection);
    if (shared.connections.size > limits.connectionsPerDocument) connection.close(collabCloseCodes.tooManyConnections, 'too many connections');
    else connection.open();
    return connection;
  }

  function accept(ws: WebSocket, shared: SharedDocument, identity: Identity): Connection {
    const connection = attach(shared, identity, wsTransport(ws));
    ws.on('message', (data, isBinary) => {
      if (!isBinary || !Buffer.isBuffer(data)) return connection.close(collabCloseCodes.malformedMessage, 'binary messages only');
      connection.receive(data);
    });
    ws.on('pong', () => (connection.isAlive = true));
    ws.on('close', () => connection.closed());
    ws.on('error', () => connection.closed());
    return connection;
  }

  async function handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): Promise<void> {
    socket.on('error', () => socket.destroy());
    const stamp = ctx.realtime.revocations.stamp();
    const decision = await authorizeUpgrade(ctx, req, origins);
    if (!decision.isAllowed) return refuse(socket, decision.status);
    if (isClosing || socket.destroyed) return refuse(socket, 503);
    let shared: SharedDocument;
    try {
      shared = await registry.acquire(decision.planId, decision.identity.partnershipId);
    } catch (error) {
      ctx.logger.error({ err: error, planId: decision.planId }, 'loading a plan failed');
      return refuse(socket, 503);
    }
    // The document is loaded before the WebSocket exists, so the first sync step already sees it.
    if (isClosing || socket.destroyed) return registry.release(shared);
    // ws refuses a malformed handshake without calling back; the document is then released here.
    let isAccepted = false;
    socket.once('close', () => isAccepted || registry.release(shared));
    wss.handleUpgrade(req, socket, head, (ws) => {
      isAccepted = true;
      const connection = accept(ws, shared, decision.identity);
      // Access changed or the plan was deleted while it was checked or the document loaded (that
      // closed the connections there were): the client comes back at once through the checks.
      const { userId, sessionId } = decision.identity;
      if (ctx.realtime.revocations.changedSince(stamp, { userId, sessionId, planId: decision.planId })) connection.close(collabCloseCodes.accessChanged, 'access changed');
    });
  }

  const keepalive = setInterval(() => {
    const now = Date.now();
    for (const connection of connections) {
      if (connection.identity.sessionExpiresAt <= now) {
        connection.close(collabCloseCodes.sessionExpired, 'session expired');
        continue;
      }
      if (!connection.isAlive) {
        connection.close(1001, 'keepalive timeout');
        continue;
      }
      connection.isAlive = false;
      connection.ping();
    }
  }, limits.pingIntervalMs);
  keepalive.unref();

  /** Closes the connections of a session, a user, or a user in one partnership (at least one id given). */
  function closeWhere(filter: { sessionId?: string; userId?: string; partnershipId?: string }, code: number, reason: string): void {
    if (!filter.sessionId && !filter.userId) return;
    for (const connection of connections) {
      const { identity } = connection;
      const isMatch =
        (filter.sessionId === undefined || filter.sessionId === identity.sessionId) &&
        (filter.userId === undefined || filter.userId === identity.userId) &&
        (filter.partnershipId === undefined || filter.partnershipId === identity.partnershipId);
      if (isMatch) connection.close(code, reason);
    }
  }

  // A removed member or a logged-out session loses access; a changed role reconnects (the client
  // retries at once) and the upgrade applies the new rights.
  ctx.realtime.onCloseConnections((filter) => closeWhere(filter, collabCloseCodes.accessRevoked, 'access revoked'));
  ctx.realtime.onAccessChanged((change) => closeWhere(change, collabCloseCodes.accessChanged, 'access changed'));
  // A renamed user's cursor carries the new name from their next move, and their changes are announced under it.
  ctx.realtime.onUserRenamed(({ userId, name }) => {
    for (const connection of connections) if (connection.identity.userId === userId) connection.identity.user = { ...connection.identity.user, name };
  });

  function closeConnections(): void {
    isClosing = true;
    clearInterval(keepalive);
    for (const connection of connections) connection.close(collabCloseCodes.serverShuttingDown, 'server shutting down');
  }

  return {
    registry,
    limits,
    attach,
    handleUpgrade: (req: IncomingMessage, socket: Duplex, head: Buffer) => void handleUpgrade(req, socket, head),
    /** Closes every connection of a deleted plan and drops its document; nothing more is written. */
    async closePlan(planId: string): Promise<void> {
      // A connection still being opened (its document loading) is closed once attached, see above.
      ctx.realtime.revocations.mark({ planId });
      await registry.get(planId)?.store.discard();
      for (const connection of connections) {
        if (connection.shared.planId === planId) connection.close(collabCloseCodes.planDeleted, 'plan deleted');
      }
      await registry.discard(planId);
    },
    /** First step of shutdown: every client is told to come back later (4503). */
    closeConnections,
    /** Last step of shutdown: writes what is pending and frees every document. */
    async close(): Promise<void> {
      closeConnections();
      await registry.close();
    },
    stats: () => ({ documents: registry.size, connections: connections.size, loads: registry.loads }),
  };
}

export type Collab = ReturnType<typeof createCollab>;
