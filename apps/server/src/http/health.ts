import { Router } from 'express';
import { pingDatabase, type Database } from '../db.ts';

/** 200 while the database answers, 503 while it does not; the process itself stays up either way. */
export function healthRoutes(db: Database): Router {
  const router = Router();
  router.get('/healthz', async (_req, res) => {
    const isDatabaseUp = await pingDatabase(db.connection);
    res.status(isDatabaseUp ? 200 : 503).json({
      status: isDatabaseUp ? 'ok' : 'unavailable',
      database: { engine: db.engine, reachable: isDatabaseUp },
      uptimeSeconds: Math.round(process.uptime()),
    });
  });
  return router;
}
