import type { Mark, Node } from '@tiptap/pm/model';
import { serializeChildrenToHTMLString as join } from '@tiptap/static-renderer/pm/html-string';
import { renderToMarkdown } from '@tiptap/static-renderer/pm/markdown';
import { createExtensions } from '../extensions.ts';
import { isSafeHref } from '../links.ts';

type Children = string | string[] | undefined;
interface NodeProps {
  node: Node;
  parent?: Node;
  children?: Children;
}
interface MarkProps {
  mark: Mark;
  children?: Children;
}

// Everything typed by a person is text, never Markdown or HTML: characters that Markdown (or the
// HTML it allows) would read anywhere are backslash-escaped, and so are the block markers ("#", "-",
// "1.") that count only at the start of a line. Line breaks inside a text become spaces.
const inlineSyntax = /[\\`*_[\]<>|~&]/g;
const blockStart = /^(\s*)([#+\-=>]|\d+(?=[.)]))/;
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\r\n]+/g, ' ')
    .replace(inlineSyntax, (char) => `\\${char}`)
    .replace(blockStart, (_match, space: string, marker: string) => (/\d/.test(marker) ? `${space}${marker}\\` : `${space}\\${marker}`));
}

/** An href fit for `[text](href)`: normalised, parentheses and spaces percent-encoded. */
function markdownHref(href: string): string {
  return new URL(href).href.replace(/\(/g, '%28').replace(/\)/g, '%29').replace(/ /g, '%20');
}

/**
 * Prefixes a list item's first line with its marker and indents the lines that belong to it. A
 * nested list follows its line without a blank line between: with one, the whole list turned
 * "loose" in CommonMark, every item a spaced paragraph (fifteenth QA pass).
 */
const blankBeforeNestedList = /\n\s*\n(?=\s*(?:[-*] |\d+[.)] ))/g;
function listItem(marker: string, children: Children): string {
  const [first = '', ...rest] = join(children).trim().replace(blankBeforeNestedList, '\n').split('\n');
  const indent = ' '.repeat(marker.length + 1);
  return [`${marker} ${first}`, ...rest.map((line) => (line ? indent + line : line))].join('\n') + '\n';
}

const cellText = (children: Children) =>
  join(children)
    .trim()
    .replace(/\\\n/g, '<br>')
    .replace(/\n+/g, '<br>');

function orderedMarker(node: Node, parent: Node | undefined): string {
  let index = 0;
  parent?.forEach((child, _offset, i) => {
    if (child === node) index = i;
  });
  const start = typeof parent?.attrs.start === 'number' ? parent.attrs.start : 1;
  return `${start + index}.`;
}

/**
 * Text between emphasis delimiters (`*`, `**`, `~~`), with its leading and trailing spaces moved
 * outside them: CommonMark does not close `*Link: *` (a delimiter after a space cannot close), so
 * a word selected with the space after it came out with literal asterisks. A line break (`\`
 * and a newline) counts as a space: inside the delimiters its backslash escaped the closing one.
 * `*` rather than `_`,
 * which does not work inside a word ("Park*anlage*").
 */
const edges = /^((?:\s|\\\n)*)([\s\S]*?)((?:\s|\\\n)*)$/;
const emphasis =
  (delimiter: string) =>
  ({ children }: MarkProps): string => {
    const [, before = '', inner = '', after = ''] = edges.exec(join(children)) ?? [];
    return inner ? `${before}${delimiter}${inner}${delimiter}${after}` : before + after;
  };

/** The document as CommonMark (with GFM tables and task lists); unsafe links keep their text only. */
export function renderMarkdown(content: Node): string {
  const markdown = renderToMarkdown({
    content,
    extensions: createExtensions(),
    options: {
      nodeMapping: {
        text: ({ node }: NodeProps) => escapeMarkdown(node.text ?? ''),
        heading: ({ node, children }: NodeProps) => `\n${'#'.repeat(Number(node.attrs.level) || 1)} ${join(children).trim()}\n`,
        listItem: ({ node, parent, children }: NodeProps) =>
          listItem(parent?.type.name === 'orderedList' ? orderedMarker(node, parent) : '-', children),
        taskList: ({ children }: NodeProps) => `\n${join(children)}`,
        // `*`, not the bullet lists' `-`: a task list right after a bullet list was read as more
        // items of it (CommonMark starts a new list only where the bullet character changes).
        taskItem: ({ node, children }: NodeProps) => listItem(node.attrs.checked === true ? '* [x]' : '* [ ]', children),
        hardBreak: () => '\\\n',
        // A table row is one line: a cell's paragraphs and line breaks become <br> (GFM allows it).
        tableCell: ({ children }: NodeProps) => cellText(children),
        tableHeader: ({ children }: NodeProps) => cellText(children),
      },
      markMapping: {
        bold: emphasis('**'),
        italic: emphasis('*'),
        strike: emphasis('~~'),
        link: ({ mark, children }: MarkProps) => {
          const href: unknown = mark.attrs.href;
          return isSafeHref(href) ? `[${join(children)}](${markdownHref(href)})` : join(children);
        },
      },
    },
  });
  return `${markdown.replace(/\n{3,}/g, '\n\n').trim()}\n`;
}
