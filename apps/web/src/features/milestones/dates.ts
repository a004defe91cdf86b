import { addDays } from '@jumelage/contracts/calendarDays';
import { milestoneLimits } from '@jumelage/contracts/constants';
import type { Milestone } from '@jumelage/contracts/milestones';

export type DueState = 'overdue' | 'soon' | null;

/** Open milestones due before today are overdue; those due within dueSoonDays are due soon. */
export function dueState(milestone: Pick<Milestone, 'dueOn' | 'status'>, today: string): DueState {
  if (!milestone.dueOn || milestone.status === 'done') return null;
  if (milestone.dueOn < today) return 'overdue';
  if (milestone.dueOn <= addDays(today, milestoneLimits.dueSoonDays)) return 'soon';
  return null;
}
