import type { Mark, Node } from '@tiptap/pm/model';
import { renderToHTMLString, serializeChildrenToHTMLString as join } from '@tiptap/static-renderer/pm/html-string';
import { createExtensions } from '../extensions.ts';
import { isSafeHref } from '../links.ts';

interface NodeProps {
  node: Node;
  children?: string | string[];
}

interface MarkProps {
  mark: Mark;
  children?: string | string[];
}

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

const directions = new Set(['ltr', 'rtl', 'auto']);
const dirAttribute = (node: Node) => (directions.has(String(node.attrs.dir)) ? ` dir="${String(node.attrs.dir)}"` : '');

/**
 * The document's body as HTML through the editor's own renderHTML (text and attributes escaped).
 * A link whose href is not http, https or mailto is dropped and keeps only its text. Task items
 * become a disabled checkbox that shows its state on paper too.
 */
export function renderBodyHtml(content: Node): string {
  return renderToHTMLString({
    content,
    extensions: createExtensions(),
    options: {
      nodeMapping: {
        taskItem: ({ node, children }: NodeProps) =>
          `<li data-type="taskItem"${dirAttribute(node)}><input type="checkbox" disabled${node.attrs.checked === true ? ' checked' : ''}><div>${join(children)}</div></li>`,
      },
      markMapping: {
        link: ({ mark, children }: MarkProps) => {
          const href: unknown = mark.attrs.href;
          if (!isSafeHref(href)) return join(children);
          return `<a href="${escapeAttribute(href)}" rel="noopener noreferrer nofollow">${join(children)}</a>`;
        },
      },
    },
  });
}
