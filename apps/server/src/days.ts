/** One day in milliseconds (for spans of days; calendar dates go through contracts' `calendarDays`). */
export const dayMs = 24 * 60 * 60 * 1000;

/** `days` after `from` (before it when negative). */
export const daysFrom = (from: Date, days: number) => new Date(from.getTime() + days * dayMs);

/** The days from `from` to `to`, with the fraction of a day. */
export const daysBetween = (from: Date, to: Date) => (to.getTime() - from.getTime()) / dayMs;
