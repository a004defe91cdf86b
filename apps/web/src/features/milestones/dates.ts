import { milestoneLimits } from '@jumelage/contracts/constants';
import type { Milestone } from '@jumelage/contracts/milestones';

/** Today's calendar date (YYYY-MM-DD) in a time zone: "overdue" depends on the viewer's day. */
export function todayIn(timeZone: string, now = new Date()): string {
  try {
    return new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    }).format(now);
  } catch {
    return now.toISOString().slice(0, 10);
  }
}

export function addDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

export type DueState = 'overdue' | 'soon' | null;

/** Open milestones due before today are overdue; those due within dueSoonDays are due soon. */
export function dueState(milestone: Pick<Milestone, 'dueOn' | 'status'>, today: string): DueState {
  if (!milestone.dueOn || milestone.status === 'done') return null;
  if (milestone.dueOn < today) return 'overdue';
  if (milestone.dueOn <= addDays(today, milestoneLimits.dueSoonDays)) return 'soon';
  return null;
}
