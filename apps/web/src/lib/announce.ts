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
 * acted on: the open conversation's heading, else the page's, else the main region.
 */
export function focusPageStart(): void {
  requestAnimationFrame(() => {
    const target = document.querySelector<HTMLElement>(
      '#main .conversation h3[tabindex="-1"], #main h1[tabindex="-1"], #main',
    );
    target?.focus({ preventScroll: true });
  });
}
