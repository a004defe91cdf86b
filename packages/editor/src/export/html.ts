import type { Mark, Node } from '@tiptap/pm/model';
import { renderToHTMLString, serializeChildrenToHTMLString as join } from '@tiptap/static-renderer/pm/html-string';
import type { Locale } from '@jumelage/contracts/constants';
import { createExtensions } from '../extensions.ts';
import { isSafeHref } from '../links.ts';
import { languageOfBlock } from '../script.ts';
import { resolveContainerDirections } from './direction.ts';

interface NodeProps {
  node: Node;
  children?: string | string[];
}

interface MarkProps {
  mark: Mark;
  children?: string | string[];
}

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

// Spoken instead of the box characters, in the plan's language.
const taskStateLabels: Record<Locale, { done: string; open: string }> = {
  de: { done: 'erledigt', open: 'offen' },
  fr: { done: 'fait', open: 'à faire' },
  ar: { done: 'منجز', open: 'غير منجز' },
  en: { done: 'done', open: 'open' },
};

const taskState = (isChecked: boolean, locale: Locale) => {
  const label = taskStateLabels[locale][isChecked ? 'done' : 'open'];
  return `<span class="task-state" role="img" aria-label="${label}">${isChecked ? '☑' : '☐'}</span>`;
};

/**
 * What paper shows after a link (the print styles add it in brackets): its address, the e-mail
 * address of a mailto link, unless the link's text already is that address ("www.wolfsburg.de"
 * for https://www.wolfsburg.de/). Paper cannot be clicked: "Grünflächenamt" alone was no way to
 * write to it (fifteenth QA pass).
 */
function printedAddress(href: string, textHtml: string): string | null {
  const address = href.startsWith('mailto:') ? safelyDecoded(href.slice('mailto:'.length).split('?')[0] ?? '') : href;
  const text = textHtml.replace(/<[^>]*>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
  const bare = (value: string) => value.trim().toLowerCase().replace(/^(https?:\/\/)?(www\.)?/, '').replace(/\/$/, '');
  return bare(text) === bare(address) ? null : address;
}

function safelyDecoded(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

const directions = new Set(['ltr', 'rtl', 'auto']);
const dirAttribute = (node: Node) => (directions.has(String(node.attrs.dir)) ? ` dir="${String(node.attrs.dir)}"` : '');

/** A paragraph or heading with its direction and, when it is not in the plan's language, its `lang`. */
const textBlock =
  (tag: (node: Node) => string, locale: Locale) =>
  ({ node, children }: NodeProps) => {
    const lang = languageOfBlock(node.textContent, node.attrs.lang, locale);
    return `<${tag(node)}${dirAttribute(node)}${lang ? ` lang="${lang}"` : ''}>${join(children)}</${tag(node)}>`;
  };
const headingTag = (node: Node) => `h${Math.min(6, Math.max(1, Number(node.attrs.level) || 1))}`;

/**
 * The document's body as HTML through the editor's own renderHTML (text and attributes escaped).
 * A link whose href is not http, https or mailto is dropped and keeps only its text. Lists and
 * tables run in the direction of their content. A task item's state is a ☐ or ☑ character (a
 * disabled checkbox prints faint grey) named in `locale` for screen readers. Paragraphs and
 * headings in another language than the plan's carry its `lang` (WCAG 3.1.2): the one they were
 * marked with, or Arabic for those that start in Arabic.
 */
export function renderBodyHtml(content: Node, locale: Locale = 'en'): string {
  return renderToHTMLString({
    content: resolveContainerDirections(content),
    extensions: createExtensions(),
    options: {
      nodeMapping: {
        paragraph: textBlock(() => 'p', locale),
        heading: textBlock(headingTag, locale),
        taskItem: ({ node, children }: NodeProps) =>
          `<li data-type="taskItem"${dirAttribute(node)}>${taskState(node.attrs.checked === true, locale)}<div>${join(children)}</div></li>`,
      },
      markMapping: {
        link: ({ mark, children }: MarkProps) => {
          const href: unknown = mark.attrs.href;
          if (!isSafeHref(href)) return join(children);
          const text = join(children);
          const address = printedAddress(href, text);
          const printed = address ? ` data-print-address="${escapeAttribute(address)}"` : '';
          return `<a href="${escapeAttribute(href)}"${printed} rel="noopener noreferrer nofollow">${text}</a>`;
        },
      },
    },
  });
}
