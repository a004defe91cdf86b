import { Fragment, type Node } from '@tiptap/pm/model';
import { letterDirection, type Direction } from '../script.ts';

const explicitDirection = (node: Node): Direction | undefined =>
  node.attrs.dir === 'ltr' || node.attrs.dir === 'rtl' ? node.attrs.dir : undefined;

/** The direction a block's content starts in: the first explicit `dir` or else the first letter, in document order. */
function contentDirection(node: Node): Direction | undefined {
  const explicit = explicitDirection(node);
  if (explicit || node.isTextblock) return explicit ?? letterDirection(node.textContent);
  let found: Direction | undefined;
  node.forEach((child) => {
    found ??= contentDirection(child);
  });
  return found;
}

/**
 * A copy of the document in which every list, list item, table, row, cell and quote without an
 * explicit direction takes the direction of its content (none, so it inherits, when nothing in it has one).
 * Browsers resolve `dir="auto"` on such containers to left to right, because their text sits in
 * paragraphs with a `dir` of their own; bullets and checkboxes would end up on the far side of Arabic text.
 */
export function resolveContainerDirections(node: Node): Node {
  if (node.isTextblock || node.isLeaf) return node;
  const children: Node[] = [];
  node.forEach((child) => children.push(resolveContainerDirections(child)));
  return node.type.create(
    { ...node.attrs, dir: contentDirection(node) ?? null },
    Fragment.fromArray(children),
    node.marks,
  );
}
