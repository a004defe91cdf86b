import { milestoneLimits, partnershipStatuses, themes } from '@jumelage/contracts/constants';
import type { OverviewRow } from '@jumelage/contracts/overview';
import type { PartnershipDoc } from '../partnerships/partnerships.model.ts';
import { presentMunicipality } from '../partnerships/partnerships.presenter.ts';
import { daysBetween } from '../../days.ts';

/** One overview row: figures only, never plan contents or chat. */
export function presentOverviewRow(partnership: PartnershipDoc, today: string, now: Date): OverviewRow {
  const stats = partnership.stats;
  const openDue = stats?.openDue ?? [];
  const next = openDue.find((entry) => (entry.dueOn ?? '') >= today);
  const lastActivityAt = stats?.lastActivityAt ?? null;
  const status = partnershipStatuses.find((known) => known === partnership.status) ?? 'active';
  return {
    partnership: {
      id: partnership.id,
      name: partnership.name,
      municipalities: partnership.municipalities.map(presentMunicipality),
      themes: themes.filter((theme) => partnership.themes.includes(theme)),
      status,
    },
    counts: {
      planned: stats?.planned ?? 0,
      in_progress: stats?.in_progress ?? 0,
      done: stats?.done ?? 0,
      blocked: stats?.blocked ?? 0,
    },
    total: stats?.total ?? 0,
    percentDone: stats?.percentDone ?? 0,
    overdue: openDue.filter((entry) => (entry.dueOn ?? '') < today).length,
    nextDue: next?.dueOn ? { id: String(next.id), title: next.title ?? '', dueOn: next.dueOn } : null,
    lastActivityAt: lastActivityAt?.toISOString() ?? null,
    // A paused or completed partnership is expected to be quiet: only active ones are flagged.
    isQuiet: status === 'active' && (lastActivityAt === null || daysBetween(lastActivityAt, now) > milestoneLimits.quietDays),
  };
}
