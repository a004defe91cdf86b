import mongoose from 'mongoose';
import { milestoneStatuses, type MilestoneStatus } from '@jumelage/contracts/constants';
import type { Logger } from '../../logger.ts';
import type { Models } from '../../models.ts';

export const noDueDate = '9999-12-31';

// One refresh at a time per partnership, so a slower, older recount never overwrites a newer one.
const queues = new Map<string, Promise<void>>();

/**
 * Recounts a partnership's milestone figures from its milestones (at most ~1,000) and stores them on
 * the partnership. Recounting instead of incrementing cannot drift, whatever failed in between.
 */
export function refreshPartnershipStats(models: Models, partnershipId: string, activityAt?: Date): Promise<void> {
  const previous = queues.get(partnershipId) ?? Promise.resolve();
  const next = previous.catch(() => undefined).then(() => recount(models, partnershipId, activityAt));
  queues.set(partnershipId, next);
  void next.finally(() => {
    if (queues.get(partnershipId) === next) queues.delete(partnershipId);
  });
  return next;
}

/** How often one partnership's last activity is written at most (per server) while people chat or type. */
const activityNoteMs = 60_000;
const activityNoted = new Map<string, number>();

/**
 * Notes that something happened in a partnership, for the overview's "last activity" and its
 * "quiet" flag: a chat message, a consultation scheduled or changed, a plan made, edited or saved
 * as a version (milestone changes are noted by their recount). Written at most once a minute per
 * partnership, and never backwards; a failed write is logged, not thrown (it only dates a column).
 */
export function noteActivity(ctx: { models: Models; logger: Logger }, partnershipId: string, at = new Date()): void {
  const last = activityNoted.get(partnershipId);
  if (last !== undefined && at.getTime() - last < activityNoteMs) return;
  activityNoted.set(partnershipId, at.getTime());
  ctx.models.Partnership.updateOne(
    { _id: new mongoose.Types.ObjectId(partnershipId), 'stats.lastActivityAt': mongoose.trusted({ $lt: at }) },
    { $set: { 'stats.lastActivityAt': at } },
  ).catch((error: unknown) => {
    activityNoted.delete(partnershipId);
    ctx.logger.error({ err: error, partnershipId }, 'noting partnership activity failed');
  });
}

const todayUtc = () => new Date().toISOString().slice(0, 10);

/**
 * The overview's "next due" sort key: the first open due date still to come, the one the overview
 * shows (sorting by the earliest open one put a partnership with an old overdue milestone first,
 * beside a next date a year away). It is a day in UTC; the overview shows the viewer's day.
 */
function nextDueOn(openDue: readonly { dueOn: string }[], today: string): string {
  return openDue.find((entry) => entry.dueOn >= today)?.dueOn ?? noDueDate;
}

/**
 * A stored next due date passes as the days go by: before the overview is read, the partnerships
 * whose date has passed are recounted (each once a day at most, only those).
 */
export async function refreshPassedNextDue(models: Models): Promise<void> {
  const passed = await models.Partnership.find({ 'stats.nextDueOn': mongoose.trusted({ $lt: todayUtc() }) }, { _id: 1 }).lean();
  await Promise.all(passed.map((partnership) => refreshPartnershipStats(models, String(partnership._id))));
}

async function recount(models: Models, partnershipId: string, activityAt?: Date): Promise<void> {
  const milestones = await models.Milestone.find({ partnershipId }, { status: 1, dueOn: 1, title: 1 }).lean();
  const counts: Record<MilestoneStatus, number> = { planned: 0, in_progress: 0, done: 0, blocked: 0 };
  for (const milestone of milestones) {
    const status = milestoneStatuses.find((value) => value === milestone.status);
    if (status) counts[status] += 1;
  }
  const openDue = milestones
    .flatMap((m) => (m.status !== 'done' && m.dueOn ? [{ id: m._id, title: m.title, dueOn: m.dueOn }] : []))
    .sort((a, b) => a.dueOn.localeCompare(b.dueOn));
  const total = milestones.length;
  await models.Partnership.updateOne(
    { _id: new mongoose.Types.ObjectId(partnershipId) },
    {
      $set: {
        'stats.planned': counts.planned,
        'stats.in_progress': counts.in_progress,
        'stats.done': counts.done,
        'stats.blocked': counts.blocked,
        'stats.total': total,
        'stats.percentDone': total === 0 ? 0 : Math.round((counts.done / total) * 100),
        'stats.openDue': openDue,
        'stats.nextDueOn': nextDueOn(openDue, todayUtc()),
        ...(activityAt ? { 'stats.lastActivityAt': activityAt } : {}),
      },
    },
  );
}
