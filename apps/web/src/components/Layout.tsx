import { useId, useState, type KeyboardEvent, type MouseEvent, type ReactNode } from 'react';
import { Link, useLocation } from 'wouter';
import { useTranslation } from 'react-i18next';
import { phoneWidth, useMediaQuery } from '../lib/useMediaQuery.ts';
import { ConnectionStatus } from './ConnectionStatus.tsx';
import { PageNotice } from './PageNotice.tsx';

interface LayoutProps {
  nav: ReactNode;
  tools: ReactNode;
  /** Whether the tools fold behind a menu button on a phone (signed in: language and account). */
  foldsTools: boolean;
  children: ReactNode;
}

function focusMain(event: MouseEvent<HTMLAnchorElement>): void {
  const main = document.getElementById('main');
  if (!main) return;
  event.preventDefault();
  main.focus();
  main.scrollIntoView();
}

/**
 * The page frame: skip link, header with navigation and tools, and the main landmark. On a phone the
 * tools of a signed-in user fold behind a menu button: unfolded, the header took three rows.
 */
export function Layout({ nav, tools, foldsTools, children }: LayoutProps) {
  const { t } = useTranslation();
  const isNarrow = useMediaQuery(phoneWidth);
  const folds = foldsTools && isNarrow;
  const [openAt, setOpenAt] = useState<string | null>(null);
  const [location] = useLocation();
  // Folded again once the window is wide (it came back open when narrowed again).
  if (!folds && openAt !== null) setOpenAt(null);
  // Open until the page changes (e.g. to the settings chosen in it).
  const isOpen = openAt === location;
  const toolsId = useId();
  const buttonId = useId();
  // Escape folds the menu and returns to its button; so does Tab once the focus has left both
  // (it stayed open and kept pushing the page down).
  const foldByKeyboard = (event: KeyboardEvent) => {
    if (!isOpen) return;
    if (event.key === 'Escape') {
      setOpenAt(null);
      document.getElementById(buttonId)?.focus();
    } else if (event.key === 'Tab') {
      requestAnimationFrame(() => {
        const focused = document.activeElement;
        const stillIn =
          focused?.id === buttonId || document.getElementById(toolsId)?.contains(focused);
        if (!stillIn) setOpenAt(null);
      });
    }
  };
  return (
    <>
      <a className="skip-link" href="#main" onClick={focusMain}>
        {t('app.skipToContent')}
      </a>
      <header className="app-header">
        <div className="app-header__inner" onKeyDown={folds ? foldByKeyboard : undefined}>
          <Link href="/" className="app-name">
            {t('app.name')}
          </Link>
          {nav}
          {folds ? (
            <button
              type="button"
              id={buttonId}
              className="button button--secondary app-header__menu"
              aria-expanded={isOpen}
              aria-controls={toolsId}
              onClick={() => setOpenAt(isOpen ? null : location)}
            >
              <span aria-hidden="true">☰</span>
              <span className="visually-hidden">{t('app.menu')}</span>
            </button>
          ) : null}
          <div id={toolsId} className="app-header__tools" hidden={folds && !isOpen}>
            {tools}
          </div>
        </div>
      </header>
      <ConnectionStatus />
      <PageNotice />
      <main id="main" tabIndex={-1} className="app-main">
        {children}
      </main>
    </>
  );
}
