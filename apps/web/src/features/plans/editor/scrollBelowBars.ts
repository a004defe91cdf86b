import type { EditorView } from '@tiptap/pm/view';

// The status line and the toolbar stick to the top of the window over the plan's text. The
// browser and ProseMirror scroll what gets the focus or the caret just into the window, which put
// it under them: a keyboard user typed into a line they could not see (sixteenth QA pass).

const room = 16;

/** Where the sticky bars over this plan end, in window pixels (0 when none is shown). */
function barsBottom(within: Element): number {
  const bars = within.closest('.plan-editor')?.querySelectorAll('.plan-status, .plan-toolbar');
  return Math.max(0, ...Array.from(bars ?? [], (bar) => bar.getBoundingClientRect().bottom));
}

/** Scrolls the window so that `rect` shows between the bars and the window's bottom. */
export function revealBelowBars(rect: { top: number; bottom: number }, within: Element): void {
  const top = barsBottom(within) + room;
  if (rect.top < top) window.scrollBy(0, rect.top - top);
  else if (rect.bottom > window.innerHeight - room) {
    window.scrollBy(0, rect.bottom - window.innerHeight + room);
  }
}

/**
 * ProseMirror's `handleScrollToSelection`: the window scrolled to show the caret below the bars
 * instead of under them. ProseMirror still scrolls what it scrolls after (false): a wide table's
 * own sideways scroller, to bring the caret's column into view; the window needs nothing more.
 */
export function scrollSelectionBelowBars(view: EditorView): boolean {
  try {
    revealBelowBars(view.coordsAtPos(view.state.selection.head), view.dom);
  } catch {
    // No coordinates (the view is not drawn): ProseMirror's own scrolling does what it can.
  }
  return false;
}

const modifiers = new Set(['Shift', 'Control', 'Alt', 'Meta', 'AltGraph', 'CapsLock']);

/**
 * ProseMirror's `handleKeyDown`: arrow keys, Page Up and the like move the caret natively and
 * the browser scrolls it just into the window; once it has, the caret is moved below the bars.
 */
export function revealCaretAfterKey(view: EditorView, event: KeyboardEvent): boolean {
  if (!modifiers.has(event.key)) {
    requestAnimationFrame(() => {
      if (view.hasFocus()) scrollSelectionBelowBars(view);
    });
  }
  return false;
}

/** A control inside the text that took the focus (a task's checkbox), shown below the bars too. */
export function revealFocusedBelowBars(view: EditorView, event: Event): boolean {
  const { target } = event;
  if (target instanceof Element && target !== view.dom) {
    // After the browser's own scrolling to it, which comes with the focus.
    requestAnimationFrame(() => revealBelowBars(target.getBoundingClientRect(), view.dom));
  }
  return false;
}
