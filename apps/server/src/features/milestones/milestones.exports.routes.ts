import { Router } from 'express';
import mongoose from 'mongoose';
import { z } from 'zod';
import { asLocale, locales, milestoneStatuses } from '@jumelage/contracts/constants';
import type { AppContext } from '../../context.ts';
import { publicBaseUrl } from '../../http/public-url.ts';
import { parse } from '../../http/validate.ts';
import { calendarFeedQuery, calendarViewer } from '../users/calendar-viewer.ts';
import type { UserDoc } from '../users/users.model.ts';
import { loadPartnershipAccess } from '../partnerships/partnerships.access.ts';
import { milestonesCalendar, milestonesCsv } from './milestones.export.ts';
import { presentMilestone } from './milestones.presenter.ts';

const csvQuery = z.strictObject({ locale: z.enum(locales).optional() });

function attachmentName(name: string, extension: string): string {
  const ascii = name.normalize('NFKD').replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'milestones';
  return `attachment; filename="${ascii}-milestones.${extension}"; filename*=UTF-8''${encodeURIComponent(`${name} – milestones.${extension}`)}`;
}

export function milestonesExportRoutes(ctx: AppContext): Router {
  const { models } = ctx;
  const router = Router();

  async function loadForExport(user: UserDoc, partnershipId: unknown) {
    const access = await loadPartnershipAccess(models, user, partnershipId);
    const milestones = await models.Milestone.find({ partnershipId: access.partnership._id }).sort({ position: 1 });
    // Column by column as on the board (sorting by the status field gave them alphabetically).
    const column = (status: string) => milestoneStatuses.findIndex((s) => s === status);
    const inBoardOrder = milestones.map(presentMilestone).sort((a, b) => column(a.status) - column(b.status));
    return { access, milestones: inBoardOrder };
  }

  router.get('/partnerships/:id/milestones.csv', async (req, res) => {
    const query = parse(csvQuery, req.query);
    const user = await calendarViewer(models, req, undefined);
    const { access, milestones } = await loadForExport(user, req.params.id);
    const owners = await models.User.find({ _id: mongoose.trusted({ $in: milestones.flatMap((m) => m.ownerIds) }) });
    const locale = query.locale ?? asLocale(user.locale);
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', attachmentName(access.partnership.name, 'csv'));
    res.send(milestonesCsv(milestones, new Map(owners.map((o) => [o.id, o.name])), locale));
  });

  router.get('/partnerships/:id/milestones.ics', async (req, res) => {
    const query = parse(calendarFeedQuery, req.query);
    const user = await calendarViewer(models, req, query.token);
    const { access, milestones } = await loadForExport(user, req.params.id);
    res.setHeader('Content-Type', 'text/calendar; charset=utf-8');
    res.setHeader('Content-Disposition', attachmentName(access.partnership.name, 'ics'));
    res.send(milestonesCalendar(access.partnership.name, milestones, publicBaseUrl(req, ctx.env)));
  });

  return router;
}
