import { Router, type Request } from 'express';
import mongoose from 'mongoose';
import { todayIn } from '@jumelage/contracts/calendarDays';
import { milestoneStatuses } from '@jumelage/contracts/constants';
import { overviewMilestonesQuery, overviewQuery } from '@jumelage/contracts/overview';
import type { AppContext } from '../../context.ts';
import { requireAuth } from '../../http/authenticate.ts';
import { forbidden } from '../../http/errors.ts';
import { parse } from '../../http/validate.ts';
import type { Models } from '../../models.ts';
import { isGlobalViewer } from '../partnerships/partnerships.policy.ts';
import { afterCursor, encodeCursor, sortOrder } from './overview.cursor.ts';
import { overviewCsv } from './overview.export.ts';
import { presentOverviewRow } from './overview.presenter.ts';
import { refreshPassedNextDue } from './partnership-stats.ts';

const openStatuses = milestoneStatuses.filter((status) => status !== 'done');

function requireGlobalViewer(req: Request) {
  const { user } = requireAuth(req);
  if (!isGlobalViewer(user)) throw forbidden('The overview is for programme coordinators');
  return user;
}

/** The partnerships the overview's filters leave (country, theme, the partnership's own status). */
function partnershipFilter(query: { country?: string | undefined; theme?: string | undefined; status?: string | undefined }) {
  const filter: Record<string, unknown> = {};
  if (query.country) filter['municipalities.country'] = query.country;
  if (query.theme) filter.themes = query.theme;
  if (query.status) filter.status = query.status;
  return filter;
}

/** One page of partnerships in the requested order, with their figures. */
async function overviewPage(models: Models, rawQuery: unknown, timeZone: string) {
  const query = parse(overviewQuery, rawQuery);
  const spec = sortOrder(query.sort, query.order);
  // Once per listing: its later pages (and the CSV's) follow on from the first.
  if (query.sort === 'next_due' && !query.after) await refreshPassedNextDue(models);
  const filter = partnershipFilter(query);
  const paged = query.after ? { $and: [filter, afterCursor(spec, query.after)] } : filter;
  const rows = await models.Partnership.find(paged)
    .sort({ [spec.field]: spec.direction, _id: spec.idDirection })
    .limit(query.limit + 1);
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  const today = todayIn(timeZone);
  const now = new Date();
  return {
    data: page.map((row) => presentOverviewRow(row, today, now)),
    nextCursor: rows.length > query.limit && last ? encodeCursor(last.get(spec.field), last.id) : null,
  };
}

export function overviewRoutes(ctx: AppContext): Router {
  const { models } = ctx;
  const router = Router();

  router.get('/overview', async (req, res) => {
    const user = requireGlobalViewer(req);
    res.json(await overviewPage(models, req.query, user.timeZone));
  });

  router.get('/overview.csv', async (req, res) => {
    const user = requireGlobalViewer(req);
    const rows = [];
    let after: string | null | undefined;
    do {
      const page = await overviewPage(models, { ...req.query, limit: '100', ...(after ? { after } : {}) }, user.timeZone);
      rows.push(...page.data);
      after = page.nextCursor;
    } while (after && rows.length < 5000);
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', 'attachment; filename="jumelage-overview.csv"');
    res.send(overviewCsv(rows, user.locale));
  });

  /** Open milestones across all partnerships by due date: overdue ones, or those due before a date. */
  router.get('/overview/milestones', async (req, res) => {
    const user = requireGlobalViewer(req);
    const query = parse(overviewMilestonesQuery, req.query);
    const today = todayIn(user.timeZone);
    const bounds = [query.overdue ? today : undefined, query.dueBefore].filter((d): d is string => Boolean(d));
    const dueOn = bounds.length > 0 ? { $gte: '0000-01-01', $lt: bounds.sort()[0] } : { $gte: '0000-01-01' };
    const filter: Record<string, unknown> = {
      status: query.status ?? mongoose.trusted({ $in: openStatuses }),
      dueOn: mongoose.trusted(dueOn),
    };
    if (query.partnershipId) filter.partnershipId = new mongoose.Types.ObjectId(query.partnershipId);
    const partnerships = partnershipFilter({ country: query.country, theme: query.theme, status: query.partnershipStatus });
    if (Object.keys(partnerships).length > 0) {
      if (query.partnershipId) partnerships._id = new mongoose.Types.ObjectId(query.partnershipId);
      const shown = await models.Partnership.find(partnerships, { _id: 1 }).lean();
      filter.partnershipId = mongoose.trusted({ $in: shown.map((partnership) => partnership._id) });
    }
    const milestones = await models.Milestone.find(filter, { title: 1, status: 1, dueOn: 1, partnershipId: 1 })
      .sort({ dueOn: 1, _id: 1 })
      .limit(query.limit);
    const named = await models.Partnership.find(
      { _id: mongoose.trusted({ $in: [...new Set(milestones.map((m) => String(m.partnershipId)))] }) },
      { name: 1 },
    );
    const nameOf = new Map(named.map((p) => [p.id, p.name]));
    res.json({
      data: milestones.map((m) => ({
        id: m.id,
        title: m.title,
        status: milestoneStatuses.find((s) => s === m.status) ?? 'planned',
        dueOn: m.dueOn ?? '',
        isOverdue: (m.dueOn ?? '') < today,
        partnership: { id: String(m.partnershipId), name: nameOf.get(String(m.partnershipId)) ?? '' },
      })),
      nextCursor: null,
    });
  });

  return router;
}
