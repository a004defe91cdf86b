/**
 * After a Tab, folds a small menu once the focus has left it. Done for Tab only, not on every
 * blur: a click on another menu moves the focus on pressing down, and folding then shortened a
 * scrolled list under the pointer, so the click landed on something else.
 */
export function foldWhenLeft<T extends HTMLElement>(root: T, fold: (root: T) => void): void {
  requestAnimationFrame(() => {
    if (!root.contains(document.activeElement)) fold(root);
  });
}
