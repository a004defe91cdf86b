import { chatLimits, meetingHostPattern } from '@jumelage/contracts/constants';

/**
 * The video-call address as the server takes it, from what people paste or type: '' for none, an
 * address written without its scheme ("meet.jit.si/Wolfsburg-Jendouba") as https, and null for
 * anything that is not a web address (javascript:, a bare word, too long).
 */
export function normalizeMeetingUrl(input: string): string | null {
  const value = input.trim();
  if (value === '') return '';
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(value) ? value : `https://${value}`;
  if (withScheme.length > chatLimits.meetingUrlLength || !URL.canParse(withScheme)) return null;
  const url = new URL(withScheme);
  const isWeb = url.protocol === 'https:' || url.protocol === 'http:';
  return isWeb && meetingHostPattern.test(url.hostname) ? withScheme : null;
}

/** What a link to the call shows: its host, which tells the service ("meet.jit.si"). */
export const meetingHost = (meetingUrl: string) =>
  URL.canParse(meetingUrl) ? new URL(meetingUrl).hostname : meetingUrl;
