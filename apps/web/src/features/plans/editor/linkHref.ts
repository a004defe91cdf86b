import { isSafeHref } from '@jumelage/editor/links';

const hasScheme = /^[a-z][a-z0-9+.-]*:/i;
// "www.example.org:8080/park" and "localhost:3000" start like a scheme but are a host and a port.
const startsWithPort = /^(?:localhost|[a-z0-9-]+(?:\.[a-z0-9-]+)+):\d{1,5}(?:[/?#]|$)/i;
const looksLikeEmail = /^[^\s/@]+@[^\s/@]+\.[^\s/@]+$/;

/**
 * The link target for what the user typed, or null when it is not allowed. Addresses without a
 * scheme are completed ("example.org" or "example.org:8080" -> https://, "name@example.org" -> mailto:); anything with
 * another scheme (javascript:, data:, file:) is refused, as the shared extensions would refuse it.
 */
export function linkHref(input: string): string | null {
  const value = input.trim();
  if (!value) return null;
  const href =
    hasScheme.test(value) && !startsWithPort.test(value)
      ? value
      : looksLikeEmail.test(value)
        ? `mailto:${value}`
        : `https://${value.replace(/^\/+/, '')}`;
  return isSafeHref(href) ? href : null;
}
