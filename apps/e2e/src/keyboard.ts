import type { Page } from 'playwright-core';

/** One element the Tab key reached, with its name and whether the focus is visibly drawn. */
export interface TabStop {
  name: string;
  html: string;
  ring: 'outline' | 'box-shadow' | 'frame' | 'none';
  isInDialog: boolean;
}

/** The focused element as a tab stop; null while the focus is outside the page's content. */
function focusedStop(page: Page): Promise<TabStop | null> {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!(element instanceof HTMLElement) || element === document.body) return null;
    const hasOutline = (style: CSSStyleDeclaration) =>
      style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
    const style = getComputedStyle(element);
    let ring: TabStop['ring'] = 'none';
    if (hasOutline(style)) ring = 'outline';
    else if (style.boxShadow !== 'none') ring = 'box-shadow';
    else {
      for (let frame = element.parentElement, depth = 0; frame && depth < 3; depth++) {
        if (frame.matches(':has(:focus-visible)') && hasOutline(getComputedStyle(frame))) {
          ring = 'frame';
          break;
        }
        frame = frame.parentElement;
      }
    }
    const visibleText = (node: Element) => {
      const copy = node.cloneNode(true);
      if (!(copy instanceof Element)) return '';
      copy.querySelectorAll('[aria-hidden="true"]').forEach((hidden) => hidden.remove());
      return copy.textContent;
    };
    const label =
      element.getAttribute('aria-label') ??
      (element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement
        ? (element.labels?.[0]?.textContent ?? element.name)
        : visibleText(element));
    const html = element.outerHTML.slice(0, 120);
    const name = (label ?? '').replace(/\s+/g, ' ').trim();
    return { name, html, ring, isInDialog: element.closest('dialog[open]') !== null };
  });
}

/**
 * Presses Tab until the focus has gone round the page (or the open modal dialog) once, and records
 * where it went, starting with the element that has the focus now. The ring counts as visible when
 * the element, or the frame of a composite widget around it (an outline drawn through
 * :has(:focus-visible)), has an outline or a box shadow. Leaving the document once (to the
 * browser's own controls) is part of going round.
 */
export async function walkWithTab(page: Page, maxStops = 150): Promise<TabStop[]> {
  const current = await focusedStop(page);
  const stops: TabStop[] = current ? [current] : [];
  let hasLeftDocument = false;
  for (let i = 0; i < maxStops; i++) {
    await page.keyboard.press('Tab');
    const stop = await focusedStop(page);
    if (!stop) {
      if (hasLeftDocument) break;
      hasLeftDocument = true;
      continue;
    }
    // Back at the start (date inputs have several stops of their own: compare with the previous).
    const [first] = stops;
    if (first && stop.html === first.html && stops.at(-1)?.html !== first.html) break;
    stops.push(stop);
  }
  return stops;
}

/** The text of the element that has the keyboard focus. */
export const focusedText = (page: Page) =>
  page.evaluate(() => document.activeElement?.textContent ?? '');
