import { Router } from 'express';
import { planExportQuery, type PlanReadingResponse } from '@jumelage/contracts/plans';
import { asLocale } from '@jumelage/contracts/constants';
import { exportFileName, renderBodyHtml, renderHtmlDocument, renderMarkdownDocument } from '@jumelage/editor/export';
import type { Collab } from '../../collab/collab.ts';
import type { AppContext } from '../../context.ts';
import { requireAuth } from '../../http/authenticate.ts';
import { parse } from '../../http/validate.ts';
import { readPlanContent } from './plans.commands.ts';
import { loadPlanAccess } from './plans.access.ts';
import { nameAttachment } from '../../http/attachment.ts';

const formats = {
  markdown: { extension: 'md', contentType: 'text/markdown; charset=utf-8', render: renderMarkdownDocument },
  html: { extension: 'html', contentType: 'text/html; charset=utf-8', render: renderHtmlDocument },
} as const;

/** GET /plans/:planId/export?format=markdown|html: the live document as a download (UTF-8). Also its reading copy. */
export function planExportRoutes(ctx: AppContext, collab: Collab): Router {
  const router = Router();
  router.get('/plans/:planId/export', async (req, res) => {
    const { user } = requireAuth(req);
    const { plan } = await loadPlanAccess(ctx.models, user, req.params.planId);
    const format = formats[parse(planExportQuery, req.query).format];
    const content = await readPlanContent(collab, plan);
    const locale = asLocale(plan.locale);
    const body = format.render(content, { title: plan.title, locale });
    // The name in UTF-8 (filename*), so umlauts and Arabic survive, and a Windows-safe ASCII fallback.
    nameAttachment(res, exportFileName(plan.title, format.extension));
    res.type(format.contentType).send(body);
  });
  // GET /plans/:planId/reading: the plan to read while the editor's code downloads (seconds on a
  // slow link, the first time); the same HTML as the export's body, without the page around it.
  router.get('/plans/:planId/reading', async (req, res) => {
    const { user } = requireAuth(req);
    const { plan } = await loadPlanAccess(ctx.models, user, req.params.planId);
    const content = await readPlanContent(collab, plan);
    const body: PlanReadingResponse = { data: { html: renderBodyHtml(content, asLocale(plan.locale)) } };
    res.json(body);
  });
  return router;
}
