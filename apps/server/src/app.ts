import http from 'node:http';
import type { Duplex } from 'node:stream';
import compression from 'compression';
import express from 'express';
import { limits } from '@jumelage/contracts/constants';
import { collabPathPrefix, socketPath } from '@jumelage/contracts/realtime';
import type { AppContext } from './context.ts';
import type { Database } from './db.ts';
import type { Env } from './env.ts';
import { createLogger, requestLogger, type Logger } from './logger.ts';
import { createModels, ensureIndexes } from './models.ts';
import { backfillSearchKeys } from './features/users/users.search.ts';
import { authenticate } from './http/authenticate.ts';
import { apiNotFound, errorHandler } from './http/error-handler.ts';
import { healthRoutes } from './http/health.ts';
import { checkOrigin } from './http/origin.ts';
import { securityHeaders } from './http/security.ts';
import { webAppRoutes } from './http/static.ts';
import { createSocketServer, type AppSocket } from './realtime/io.ts';
import { createRealtime } from './realtime/realtime.ts';
import { createRevocations } from './realtime/revocations.ts';
import { authRoutes } from './features/auth/auth.routes.ts';
import { usersRoutes } from './features/users/users.routes.ts';
import { partnershipsRoutes } from './features/partnerships/partnerships.routes.ts';
import { membersRoutes } from './features/partnerships/members.routes.ts';
import { invitationsRoutes, partnershipInvitationsRoutes } from './features/partnerships/invitations.routes.ts';
import { milestonesRoutes } from './features/milestones/milestones.routes.ts';
import { milestonesExportRoutes } from './features/milestones/milestones.exports.routes.ts';
import { overviewRoutes } from './features/overview/overview.routes.ts';
import { createConsultations, type ChatSettings } from './features/consultations/consultations.ts';
import { createPlansFeature } from './features/plans/plans.feature.ts';

export interface CreateAppOptions {
  env: Env;
  db: Database;
  logger?: Logger;
  /** Directory of the built web app; without it only the API is served. */
  webDistDir?: string;
  /** Chat tunables such as the per-user message rate (tests and benchmarks raise it). */
  chat?: Partial<ChatSettings>;
}

export type App = Awaited<ReturnType<typeof createApp>>;

function refuseUpgrade(socket: Duplex, status: string): void {
  socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
}

/** Builds the whole server (REST, Socket.IO, collab) on one http.Server without listening. */
export async function createApp({ env, db, logger = createLogger(env), webDistDir, chat }: CreateAppOptions) {
  const models = createModels(db.connection);
  await ensureIndexes(models);
  await backfillSearchKeys(models);

  const app = express();
  const server = http.createServer(app);
  const revocations = createRevocations();
  const io = createSocketServer(server, env, models, logger, revocations);
  const realtime = createRealtime(io, revocations);
  const ctx: AppContext = { env, db, models, logger, realtime };
  const consultations = createConsultations(ctx, chat);
  const plans = createPlansFeature(ctx);

  app.disable('x-powered-by');
  app.set('trust proxy', env.TRUST_PROXY);
  app.use(requestLogger(logger));
  app.use(securityHeaders(env));
  app.use(healthRoutes(db));

  const api = express.Router();
  // Lists and exports shrink several times, which partners on slow links feel; replies under 1 KB and
  // those carrying a secret (sendSecret) are sent as they are. Build files are compressed ahead.
  api.use(compression());
  api.use(express.json({ limit: limits.jsonBodyBytes }));
  api.use(checkOrigin(env));
  api.use(authenticate(models));
  api.use('/auth', authRoutes(ctx));
  api.use('/users', usersRoutes(ctx));
  api.use('/partnerships', partnershipsRoutes(ctx));
  api.use('/partnerships', membersRoutes(ctx));
  api.use('/partnerships', partnershipInvitationsRoutes(ctx));
  api.use('/invitations', invitationsRoutes(ctx));
  api.use(milestonesRoutes(ctx));
  api.use(milestonesExportRoutes(ctx));
  api.use(overviewRoutes(ctx));
  api.use(consultations.router);
  api.use(plans.router);
  api.use(apiNotFound);
  app.use('/api', api);
  if (webDistDir) app.use(webAppRoutes(webDistDir));
  app.use(errorHandler);

  // Each feature's .socket.ts registers its own event handlers on every authenticated connection.
  const socketFeatures: Array<(socket: AppSocket) => void> = [];
  socketFeatures.push(consultations.registerSocket);
  io.on('connection', (socket) => {
    for (const register of socketFeatures) register(socket);
  });

  server.on('upgrade', (req, socket, head) => {
    const pathname = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (pathname.startsWith(socketPath)) return; // engine.io answers these itself
    if (pathname.startsWith(collabPathPrefix)) return plans.collab.handleUpgrade(req, socket, head);
    refuseUpgrade(socket, '404 Not Found');
  });

  const shutdownHooks: Array<() => Promise<void>> = [];
  shutdownHooks.push(() => plans.close());
  let closing: Promise<void> | undefined;

  return {
    ctx,
    app,
    server,
    io,
    collab: plans.collab,
    /** Adds work to do on shutdown after connections close (e.g. flushing documents). */
    onShutdown(hook: () => Promise<void>) {
      shutdownHooks.push(hook);
    },
    async listen(port = env.PORT, host = env.HOST): Promise<number> {
      await new Promise<void>((resolve) => server.listen(port, host, resolve));
      const address = server.address();
      return typeof address === 'object' && address ? address.port : port;
    },
    /** Stops accepting, closes sockets, runs the shutdown hooks. Does not touch the database. */
    close(): Promise<void> {
      closing ??= (async () => {
        const serverClosed = new Promise<void>((resolve) => server.close(() => resolve()));
        // Closing the transports (not disconnectSockets, whose "io server disconnect" clients take
        // as final, as after a logout) leaves every open page to reconnect to the next server.
        io.engine.close();
        plans.collab.closeConnections(); // upgraded sockets would keep server.close() waiting
        server.closeIdleConnections();
        const force = setTimeout(() => server.closeAllConnections(), 3000);
        await serverClosed;
        clearTimeout(force);
        for (const hook of shutdownHooks) await hook();
      })();
      return closing;
    },
  };
}
