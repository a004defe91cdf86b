import { Router } from 'express';
import { createCollab } from '../../collab/collab.ts';
import type { AppContext } from '../../context.ts';
import { createLateEditKeeper } from './plan-late-edits.ts';
import { planMinutesRoutes } from './plan-minutes.routes.ts';
import { planVersionsRoutes } from './plan-versions.routes.ts';
import { planExportRoutes } from './plans.export.routes.ts';
import { plansRoutes } from './plans.routes.ts';
import { createPlanMetaPublisher } from './plans.socket.ts';

/** Plans as one unit for createApp: the collab endpoint, the REST routes, and what shutdown must finish. */
export function createPlansFeature(ctx: AppContext) {
  const meta = createPlanMetaPublisher(ctx);
  const lateEdits = createLateEditKeeper(ctx);
  const collab = createCollab(ctx, { onStored: meta.onStored, onGoneOnArrival: lateEdits.keep });
  const router = Router();
  router.use(plansRoutes(ctx, collab), planVersionsRoutes(ctx, collab, lateEdits), planExportRoutes(ctx, collab), planMinutesRoutes(ctx));
  return {
    collab,
    router,
    /** Writes every pending change and the metadata derived from it (after connections are closed). */
    async close(): Promise<void> {
      // Restores in their turn hold documents that closing frees; late edits come until it is done.
      await lateEdits.settled();
      await collab.close();
      await Promise.all([meta.flush(), lateEdits.settled()]);
    },
  };
}
