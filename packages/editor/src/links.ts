/** The only link targets a plan may contain: web pages and e-mail addresses. */
export const allowedLinkProtocols = ['http', 'https', 'mailto'] as const;

// Browsers skip ASCII whitespace and control characters inside a scheme ("java\nscript:"), so the
// check reads the scheme without them.
const isIgnoredInScheme = (code: number) => code <= 0x20 || (code >= 0x7f && code <= 0x9f);

function withoutControlCharacters(value: string): string {
  let result = '';
  for (const char of value) if (!isIgnoredInScheme(char.codePointAt(0) ?? 0)) result += char;
  return result;
}

/** Whether an href is absolute and uses an allowed protocol; anything else (javascript:, data:, relative) is refused. */
export function isSafeHref(href: unknown): href is string {
  if (typeof href !== 'string' || href.length === 0 || href.length > 2048) return false;
  try {
    const { protocol } = new URL(withoutControlCharacters(href));
    return allowedLinkProtocols.some((allowed) => protocol === `${allowed}:`);
  } catch {
    return false;
  }
}

/**
 * What typing may turn into a link: an allowed href, or an address written the way people write
 * one, without its scheme: "www.wolfsburg.de/park" (auto-linked as https) or an e-mail address
 * (auto-linked as mailto). Auto-linking stores the full href; the exports check it again with
 * `isSafeHref`.
 */
export function isLinkable(text: string): boolean {
  if (isSafeHref(text)) return true;
  if (/^www\.[^\s/.]+\.[^\s/.]/i.test(text)) return isSafeHref(`https://${text}`);
  return /^[^\s@:/]+@[^\s@:/]+\.[^\s@:/]+$/.test(text);
}
