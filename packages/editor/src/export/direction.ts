import { Fragment, type Node } from '@tiptap/pm/model';

type Direction = 'ltr' | 'rtl';

const explicitDirection = (node: Node): Direction | undefined =>
  node.attrs.dir === 'ltr' || node.attrs.dir === 'rtl' ? node.attrs.dir : undefined;

const rightToLeftScript =
  /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/u;

/** The direction of the first letter in a text, as a browser reads a `dir="auto"` paragraph. */
function letterDirection(text: string): Direction | undefined {
  const letter = /\p{L}/u.exec(text)?.[0];
  if (letter === undefined) return undefined;
  return rightToLeftScript.test(letter) ? 'rtl' : 'ltr';
}

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
