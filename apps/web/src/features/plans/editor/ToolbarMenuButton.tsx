import { useEffect, useId, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { ToolbarItem } from './toolbarItems.tsx';

interface ToolbarMenuButtonProps {
  item: ToolbarItem;
  menu: ToolbarItem[];
  tabIndex: number;
  onFocus: () => void;
}

const margin = 8;
/** Between the button and its menu. */
const gap = 4;

/** The keys that open the menu from its button, and the item they open it on. */
const openingKeys = new Map<string, 'first' | 'last'>([
  ['ArrowDown', 'first'],
  ['Enter', 'first'],
  [' ', 'first'],
  ['ArrowUp', 'last'],
]);

/**
 * Puts the menu under its button, lined up with the button's start edge, inside the window; above
 * the button when it does not fit below and there is more room above (a short window, or the
 * editor scrolled to its bottom). Where it fits on neither side, it scrolls inside the room it got.
 */
function placeMenu(button: HTMLElement, menu: HTMLElement): void {
  const rect = button.getBoundingClientRect();
  const { clientWidth: width, clientHeight: height } = document.documentElement;
  const isRtl = getComputedStyle(button).direction === 'rtl';
  const start = isRtl ? width - rect.right : rect.left;
  const room = width - menu.offsetWidth - margin;
  menu.style.insetInlineStart = `${Math.max(margin, Math.min(start, room))}px`;
  const below = height - rect.bottom - gap - margin;
  const above = rect.top - gap - margin;
  // Measured at its full height, then limited again: the scroll position it had is kept.
  const { scrollTop } = menu;
  menu.style.maxBlockSize = '';
  const isAbove = menu.offsetHeight > below && above > below;
  const fits = Math.max(below, above);
  if (menu.offsetHeight > fits) menu.style.maxBlockSize = `${fits}px`;
  menu.style.insetBlockStart = isAbove
    ? `${rect.top - gap - menu.offsetHeight}px`
    : `${rect.bottom + gap}px`;
  menu.scrollTop = scrollTop;
}

/**
 * Focuses a menu item without scrolling the page or the toolbar (the menu is fixed, and the
 * sideways-scrolling toolbar around it would jump); where the menu scrolls, it scrolls itself to
 * show the item.
 */
function focusItem(item: HTMLElement | undefined, menu: HTMLElement | null): void {
  if (!item) return;
  item.focus({ preventScroll: true });
  if (!menu) return;
  const bottom = item.offsetTop + item.offsetHeight;
  if (item.offsetTop < menu.scrollTop) menu.scrollTop = item.offsetTop;
  else if (bottom > menu.scrollTop + menu.clientHeight) menu.scrollTop = bottom - menu.clientHeight;
}

/**
 * A toolbar button that opens a menu (WAI-ARIA menu button): Enter, Space or Down open it on its
 * first item, Up on its last; arrows, Home and End move inside; Escape closes it and returns to the
 * button; choosing an item runs it (which puts the cursor back into the text). The menu is fixed
 * to the window, because the toolbar scrolls sideways on a phone and would clip it; it follows its
 * button when the page or the toolbar scrolls, and opens upwards where there is no room below.
 */
export function ToolbarMenuButton({ item, menu, tabIndex, onFocus }: ToolbarMenuButtonProps) {
  const menuId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLUListElement>(null);
  /** Open on its first or last item, or closed. */
  const [open, setOpen] = useState<'first' | 'last' | null>(null);

  /** Closes it and returns to the button (Escape, or the button clicked again). */
  const close = () => {
    setOpen(null);
    buttonRef.current?.focus();
  };

  const isOpen = open !== null;
  // Placed before it is painted (its width is known only then), and again whenever anything
  // scrolls or the window changes size.
  useLayoutEffect(() => {
    if (!isOpen) return;
    const place = (event?: Event) => {
      const menu = menuRef.current;
      // The menu's own scrolling (where it fits on neither side) does not move it.
      if (event?.target instanceof Node && menu?.contains(event.target)) return;
      if (buttonRef.current && menu) placeMenu(buttonRef.current, menu);
    };
    place();
    window.addEventListener('scroll', place, true);
    window.addEventListener('resize', place);
    return () => {
      window.removeEventListener('scroll', place, true);
      window.removeEventListener('resize', place);
    };
  }, [isOpen]);

  useEffect(() => {
    if (!open) return;
    const items = menuRef.current?.querySelectorAll<HTMLElement>('[role=menuitem]');
    focusItem(items?.[open === 'first' ? 0 : items.length - 1], menuRef.current);
  }, [open]);

  // A click elsewhere closes it.
  useEffect(() => {
    if (!isOpen) return;
    const onPointerDown = (event: PointerEvent) => {
      const target = event.target instanceof Node ? event.target : null;
      if (!menuRef.current?.contains(target) && !buttonRef.current?.contains(target)) {
        setOpen(null);
      }
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [isOpen]);

  const onButtonKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    const at = openingKeys.get(event.key);
    if (!at) return;
    event.preventDefault();
    event.stopPropagation();
    setOpen(at);
  };

  const onMenuKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    const items = Array.from(
      menuRef.current?.querySelectorAll<HTMLElement>('[role=menuitem]') ?? [],
    );
    const index = items.findIndex((element) => element === document.activeElement);
    const targets: Record<string, number> = {
      ArrowDown: (index + 1) % items.length,
      ArrowUp: (index - 1 + items.length) % items.length,
      Home: 0,
      End: items.length - 1,
    };
    // Kept from the toolbar, whose arrow keys would move along its buttons.
    event.stopPropagation();
    if (event.key === 'Escape') {
      event.preventDefault();
      close();
    } else if (event.key === 'Tab') {
      setOpen(null);
    } else if (targets[event.key] !== undefined) {
      event.preventDefault();
      focusItem(items[targets[event.key] ?? 0], menuRef.current);
    }
  };

  return (
    <>
      <button
        ref={buttonRef}
        type="button"
        className="plan-toolbar__button plan-toolbar__button--menu"
        data-toolbar-item
        tabIndex={tabIndex}
        aria-label={item.label}
        title={item.label}
        aria-haspopup="menu"
        aria-expanded={isOpen}
        aria-controls={isOpen ? menuId : undefined}
        // Keeps the text selection in the editor when the button is clicked with the mouse.
        onMouseDown={(event) => event.preventDefault()}
        onFocus={onFocus}
        onKeyDown={onButtonKeyDown}
        onClick={() => (isOpen ? close() : setOpen('first'))}
      >
        {item.icon}
        <span className="plan-toolbar__chevron" aria-hidden="true">
          ▾
        </span>
      </button>
      {open ? (
        <ul
          ref={menuRef}
          id={menuId}
          role="menu"
          aria-label={item.label}
          className="plan-toolbar__menu"
          onKeyDown={onMenuKeyDown}
        >
          {menu.map((entry) => (
            <li key={entry.key} role="none">
              <button
                type="button"
                role="menuitem"
                tabIndex={-1}
                className="plan-toolbar__menu-item"
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => {
                  setOpen(null);
                  entry.run();
                }}
              >
                {entry.label}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
}
