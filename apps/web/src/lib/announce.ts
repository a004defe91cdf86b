/** The id of the layout's polite live region for results that have no place on the page. */
export const pageAnnouncerId = 'page-announcer';

/**
 * Says a result whose place on the page is gone with it (a declined consultation leaves the
 * page), through the layout's live region. Emptied first, so the same words are said again.
 */
export function announce(text: string): void {
  const region = document.getElementById(pageAnnouncerId);
  if (!region) return;
  region.textContent = '';
  requestAnimationFrame(() => {
    region.textContent = text;
  });
}

/**
 * Puts the focus where the page now starts, after the control that had it went away with what it
 * acted on: the page's heading, else the main region.
 */
export function focusPageStart(): void {
  requestAnimationFrame(() => {
    const target = ['#main h1[tabindex="-1"]', '#main']
      .map((selector) => document.querySelector<HTMLElement>(selector))
      .find((element) => element !== null);
    target?.focus({ preventScroll: true });
  });
}
