// Wall-clock times in a named time zone, for <input type="datetime-local">: the value carries no
// zone, so the form says which one it means (the viewer's account zone) and sends an ISO instant
// with that zone's offset.

const localInputPattern = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

function wallClockParts(ms: number, timeZone: string): number[] {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  }).formatToParts(ms);
  const value = (type: Intl.DateTimeFormatPartTypes) =>
    Number(parts.find((part) => part.type === type)?.value);
  return [value('year'), value('month'), value('day'), value('hour'), value('minute')];
}

/** Minutes that `timeZone` is ahead of UTC at the instant `ms`. */
export function zoneOffsetMinutes(ms: number, timeZone: string): number {
  const [year = 0, month = 1, day = 1, hour = 0, minute = 0] = wallClockParts(ms, timeZone);
  const wallAsUtc = Date.UTC(year, month - 1, day, hour, minute);
  const wholeMinute = Math.floor(ms / 60_000) * 60_000;
  return Math.round((wallAsUtc - wholeMinute) / 60_000);
}

function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const absolute = Math.abs(minutes);
  const hours = String(Math.floor(absolute / 60)).padStart(2, '0');
  return `${sign}${hours}:${String(absolute % 60).padStart(2, '0')}`;
}

/**
 * A datetime-local value ("2026-05-14T09:30") read as wall-clock time in `timeZone`, as an ISO
 * instant with that zone's offset ("2026-05-14T09:30:00+02:00"); null for an empty or bad value.
 * A time skipped by a daylight-saving change resolves to the instant one hour later; a time that
 * occurs twice (the hour clocks go back) to the first, still in summer time: "01:30 to 02:30"
 * that night was two hours long, its end read as the second 02:30 (fourteenth QA pass).
 */
export function localInputToIso(value: string, timeZone: string): string | null {
  const match = localInputPattern.exec(value);
  if (!match) return null;
  const [year, month, day, hour, minute] = match.slice(1).map(Number);
  const wallAsUtc = Date.UTC(year ?? 0, (month ?? 1) - 1, day ?? 1, hour ?? 0, minute ?? 0);
  if (Number.isNaN(wallAsUtc)) return null;
  // The offsets in force half a day before and after: where they differ, the time may exist
  // twice, once with each; the earliest instant that reads as this wall-clock time wins.
  const readsAsInput = (instant: number) =>
    zoneOffsetMinutes(instant, timeZone) === (wallAsUtc - instant) / 60_000;
  const [first] = [12, -12]
    .map((hours) => wallAsUtc - zoneOffsetMinutes(wallAsUtc - hours * 3_600_000, timeZone) * 60_000)
    .filter(readsAsInput)
    .sort((a, b) => a - b);
  // None for a skipped time: the offset at the guessed instant, as before.
  const skipped = () => {
    const guess = zoneOffsetMinutes(wallAsUtc, timeZone);
    return wallAsUtc - zoneOffsetMinutes(wallAsUtc - guess * 60_000, timeZone) * 60_000;
  };
  const instant = first ?? skipped();
  const offsetThen = zoneOffsetMinutes(instant, timeZone);
  const wall = new Date(instant + offsetThen * 60_000).toISOString().slice(0, 16);
  return `${wall}:00${formatOffset(offsetThen)}`;
}

/** An instant as a datetime-local value in `timeZone` ("2026-05-14T09:30"). */
export function isoToLocalInput(iso: string, timeZone: string): string {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return '';
  const [year = 0, month = 1, day = 1, hour = 0, minute = 0] = wallClockParts(ms, timeZone);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${String(year).padStart(4, '0')}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}`;
}
