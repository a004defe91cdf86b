// Calendar dates (YYYY-MM-DD) as milestones carry them. "Overdue" depends on the viewer's day, and
// the server (overview, milestone feeds) and the board must agree on it, so both use these.

/** Today's calendar date where the viewer is (`timeZone`); UTC's if the zone is unknown. */
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

/** The calendar date `days` after `isoDate` (before it when negative). */
export function addDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}
