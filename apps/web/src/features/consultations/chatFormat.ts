import type { Locale } from '@jumelage/contracts/constants';
import { intlLocale } from '../../lib/format.ts';

const dayKey = (ms: number, timeZone: string) =>
  new Intl.DateTimeFormat('en-CA', { timeZone, dateStyle: 'short' }).format(ms);

/** A message's time: the time alone today, with the date on other days. */
export function formatMessageTime(
  iso: string,
  now: number,
  locale: Locale,
  timeZone: string,
): string {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return iso;
  const isToday = dayKey(ms, timeZone) === dayKey(now, timeZone);
  return new Intl.DateTimeFormat(intlLocale(locale), {
    timeZone,
    ...(isToday ? { timeStyle: 'short' } : { dateStyle: 'medium', timeStyle: 'short' }),
  }).format(ms);
}

const yearIn = (ms: number, timeZone: string) => dayKey(ms, timeZone).slice(0, 4);

/**
 * A consultation's start and end in one zone: "Thu, 14 May, 09:00 – 10:30", with the year when it
 * is not this year's (a year typed wrong could not be seen).
 */
export function formatTimeRange(
  startIso: string,
  endIso: string,
  locale: Locale,
  timeZone: string,
  now = Date.now(),
): string {
  const start = Date.parse(startIso);
  const isThisYear = yearIn(start, timeZone) === yearIn(now, timeZone);
  const format = new Intl.DateTimeFormat(intlLocale(locale), {
    timeZone,
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    ...(isThisYear ? {} : { year: 'numeric' }),
    hour: '2-digit',
    minute: '2-digit',
  });
  return format.formatRange(new Date(startIso), new Date(endIso));
}

/** Cuts text to `max` UTF-16 units (the server's measure) without splitting a character. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = text.slice(0, max - 1);
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  return `${cut}…`;
}

/** A time range and the places whose clocks show it; the first is the viewer's own. */
export interface TimeLine {
  range: string;
  names: string[];
}

/** The viewer's range first, then the partners', each range once with every place that has it. */
export function groupTimes(own: string, partners: { name: string; range: string }[]): TimeLine[] {
  const lines: TimeLine[] = [{ range: own, names: [] }];
  for (const partner of partners) {
    const same = lines.find((line) => line.range === partner.range);
    if (same) same.names.push(partner.name);
    else lines.push({ range: partner.range, names: [partner.name] });
  }
  return lines;
}
