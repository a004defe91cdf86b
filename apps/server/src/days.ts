/** One day in milliseconds (for spans of days; calendar dates go through `addDays` in overview). */
export const dayMs = 24 * 60 * 60 * 1000;

/** `days` after `from` (before it when negative). */
export const daysFrom = (from: Date, days: number) => new Date(from.getTime() + days * dayMs);
