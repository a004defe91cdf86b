import { useEffect, useId, useRef, useState, type CSSProperties, type KeyboardEvent } from 'react';
import type { ToolbarItem } from './toolbarItems.tsx';

interface ToolbarMenuButtonProps {
  item: ToolbarItem;
  menu: ToolbarItem[];
  tabIndex: number;
  onFocus: () => void;
}

/** Where the menu goes: under its button, lined up with the button's start edge. */
function placeUnder(button: HTMLElement): CSSProperties {
  const rect = button.getBoundingClientRect();
  const isRtl = getComputedStyle(button).direction === 'rtl';
  const start = isRtl ? document.documentElement.clientWidth - rect.right : rect.left;
  return { insetBlockStart: rect.bottom + 4, insetInlineStart: Math.max(start, 8) };
}

/**
 * A toolbar button that opens a menu (WAI-ARIA menu button): Enter, Space or Down open it on its
 * first item, Up on its last; arrows, Home and End move inside; Escape closes it and returns to the
 * button; choosing an item runs it (which puts the cursor back into the text). The menu is fixed
 * to the viewport, because the toolbar scrolls sideways on a phone and would clip it.
 */
export function ToolbarMenuButton({ item, menu, tabIndex, onFocus }: ToolbarMenuButtonProps) {
  const menuId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLUListElement>(null);
  const [open, setOpen] = useState<{ first: 'first' | 'last'; style: CSSProperties } | null>(null);

  const openAt = (first: 'first' | 'last') => {
    if (buttonRef.current) setOpen({ first, style: placeUnder(buttonRef.current) });
  };
  /** Closes it and returns to the button (Escape, or the button clicked again). */
  const close = () => {
    setOpen(null);
    buttonRef.current?.focus();
  };

  const isOpen = open !== null;
  const first = open?.first;
  useEffect(() => {
    if (!first) return;
    const items = menuRef.current?.querySelectorAll<HTMLElement>('[role=menuitem]');
    items?.[first === 'first' ? 0 : items.length - 1]?.focus();
  }, [first]);

  // A click elsewhere, scrolling or resizing closes it (it would float away from its button).
  useEffect(() => {
    if (!isOpen) return;
    const onPointerDown = (event: PointerEvent) => {
      const target = event.target as Node;
      if (!menuRef.current?.contains(target) && !buttonRef.current?.contains(target)) {
        setOpen(null);
      }
    };
    const onMove = (event: Event) => {
      if (!menuRef.current?.contains(event.target as Node)) setOpen(null);
    };
    document.addEventListener('pointerdown', onPointerDown);
    window.addEventListener('scroll', onMove, true);
    window.addEventListener('resize', onMove);
    return () => {
      document.removeEventListener('pointerdown', onPointerDown);
      window.removeEventListener('scroll', onMove, true);
      window.removeEventListener('resize', onMove);
    };
  }, [isOpen]);

  const onButtonKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    const first = { ArrowDown: 'first', Enter: 'first', ' ': 'first', ArrowUp: 'last' } as const;
    const at = first[event.key as keyof typeof first];
    if (!at) return;
    event.preventDefault();
    event.stopPropagation();
    openAt(at);
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
      items[targets[event.key] ?? 0]?.focus();
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
        onClick={() => (isOpen ? close() : openAt('first'))}
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
          style={open.style}
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
