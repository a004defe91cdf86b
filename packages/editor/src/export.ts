import type { Node } from '@tiptap/pm/model';
import { localeDirection, type Locale } from '@jumelage/contracts/constants';
import { renderBodyHtml } from './export/html.ts';
import { renderMarkdown } from './export/markdown.ts';
import { printStyles } from './export/styles.ts';

export { renderBodyHtml } from './export/html.ts';
export { escapeMarkdown, renderMarkdown } from './export/markdown.ts';

export interface ExportMeta {
  title: string;
  locale: Locale;
}

const escapeHtml = (value: string) =>
  value.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char] ?? char);

/**
 * The document as exported: as it is when it starts with a level-1 heading (the template's title,
 * perhaps edited since), otherwise with the plan title as that heading.
 */
function withTitle(content: Node, title: string): Node {
  const first = content.firstChild;
  if ((first?.type.name === 'heading' && first.attrs.level === 1) || !title.trim()) return content;
  const heading = content.type.schema.node('heading', { level: 1, dir: 'auto' }, content.type.schema.text(title));
  return content.copy(content.content.addToStart(heading));
}

/**
 * A standalone, printable HTML page of the plan: UTF-8, the plan's language and base direction,
 * no scripts and no external resources (so "print to PDF" from any browser gives the same page).
 */
export function renderHtmlDocument(content: Node, meta: ExportMeta): string {
  const dir = localeDirection(meta.locale);
  return [
    '<!doctype html>',
    `<html lang="${meta.locale}" dir="${dir}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(meta.title)}</title>`,
    `<style>${printStyles}</style>`,
    '</head>',
    `<body><main>${renderBodyHtml(withTitle(content, meta.title), meta.locale)}</main></body>`,
    '</html>',
    '',
  ].join('\n');
}

/** Markdown of the plan, with the same title rule as the HTML page. */
export function renderMarkdownDocument(content: Node, meta: ExportMeta): string {
  return renderMarkdown(withTitle(content, meta.title));
}

/** A file name from a plan title: no path separators, control or reserved characters; never empty. */
export function exportFileName(title: string, extension: string): string {
  const safe = Array.from(title.normalize('NFC'))
    .map((char) => (/[\p{Cc}\p{Cf}\\/:*?"<>|]/u.test(char) ? '-' : char))
    .join('')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.-]+|[\s.]+$/g, '')
    .slice(0, 100);
  return `${safe || 'plan'}.${extension}`;
}
