import { textOf } from '../../lib/useFormSubmit.ts';
import { normalizeMeetingUrl } from './meetingLink.ts';
import { isoToLocalInput, localInputToIso } from './zonedTime.ts';

/** What the consultation form checks beyond the browser's own checks, by the message's key. */
export type ConsultationCheck = 'timeSkipped' | 'endBeforeStart' | 'meetingUrlInvalid';

/**
 * The form's own checks, by field name. A time the clocks skip (the night daylight saving starts)
 * does not exist in the zone: it would be moved an hour on, and the end then came before the start
 * with a misleading message.
 */
export function consultationChecks(
  data: FormData,
  timeZone: string,
): Record<string, ConsultationCheck> {
  const checks: Record<string, ConsultationCheck> = {};
  for (const name of ['startsAt', 'endsAt']) {
    const value = textOf(data, name);
    const iso = localInputToIso(value, timeZone);
    if (iso && isoToLocalInput(iso, timeZone) !== value) checks[name] = 'timeSkipped';
  }
  const startsAt = localInputToIso(textOf(data, 'startsAt'), timeZone);
  const endsAt = localInputToIso(textOf(data, 'endsAt'), timeZone);
  if (startsAt && endsAt && !checks.endsAt && Date.parse(endsAt) <= Date.parse(startsAt)) {
    checks.endsAt = 'endBeforeStart';
  }
  if (normalizeMeetingUrl(textOf(data, 'meetingUrl')) === null)
    checks.meetingUrl = 'meetingUrlInvalid';
  return checks;
}

/**
 * Addresses pasted from Outlook are separated by ";" (often with one at the end): the e-mail field
 * takes commas and no empty entry, and said "enter a valid e-mail address" to a list of valid ones.
 */
export function separateWithCommas(form: HTMLFormElement, name: string): void {
  const field = form.elements.namedItem(name);
  if (!(field instanceof HTMLInputElement)) return;
  const addresses = field.value.split(/[;,]/).map((address) => address.trim());
  field.value = addresses.filter(Boolean).join(', ');
}
