/** Awareness `user` as the server stamps it: the account's name and a #rrggbb colour. */
export interface CaretUser {
  name?: unknown;
  color?: unknown;
}

const hexColor = /^#[0-9a-f]{6}$/i;
const fallbackColor = '#4a5563';
const darkText = '#1b2430';

export const isHexColor = (value: unknown): value is string =>
  typeof value === 'string' && hexColor.test(value);

function luminance(hex: string): number {
  const channel = (start: number) => {
    const value = parseInt(hex.slice(start, start + 2), 16) / 255;
    return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

/** White or dark text, whichever reads better on `background` (WCAG contrast). */
export function textColorOn(background: string): string {
  const l = luminance(background);
  const onWhite = 1.05 / (l + 0.05);
  const onDark = (l + 0.05) / (luminance(darkText) + 0.05);
  return onWhite >= onDark ? '#ffffff' : darkText;
}

/**
 * Another person's caret with their name, in the classes TipTap uses (styled in plans.css). Hidden
 * from assistive technology: it sits inside the text and would be read as part of it.
 */
export function renderCaret(user: CaretUser): HTMLElement {
  const color = isHexColor(user.color) ? user.color : fallbackColor;
  const caret = document.createElement('span');
  caret.className = 'collaboration-carets__caret';
  caret.setAttribute('aria-hidden', 'true');
  caret.style.borderColor = color;
  const label = document.createElement('span');
  label.className = 'collaboration-carets__label';
  label.style.backgroundColor = color;
  label.style.color = textColorOn(color);
  label.textContent = typeof user.name === 'string' ? user.name : '';
  caret.append(label);
  return caret;
}
