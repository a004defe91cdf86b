import { tokenize } from 'linkifyjs';

// Messages are plain text. Web addresses and email addresses in them become links, but only with
// schemes that cannot run code or open local files (no javascript:, data:, file:).

export type TextPart =
  { kind: 'text'; text: string } | { kind: 'link'; text: string; href: string };

const allowedProtocols = new Set(['http:', 'https:', 'mailto:']);

function safeHref(href: string): string | null {
  try {
    return allowedProtocols.has(new URL(href).protocol) ? href : null;
  } catch {
    return null;
  }
}

/** Splits a message into text and safe links, in order; joining the parts gives the text back. */
export function linkParts(text: string): TextPart[] {
  const parts: TextPart[] = [];
  for (const token of tokenize(text)) {
    const value = token.toString();
    const href = token.isLink ? safeHref(token.toHref('https')) : null;
    const last = parts.at(-1);
    if (href) parts.push({ kind: 'link', text: value, href });
    else if (last?.kind === 'text') last.text += value;
    else parts.push({ kind: 'text', text: value });
  }
  return parts;
}
