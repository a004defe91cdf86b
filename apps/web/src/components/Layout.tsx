import type { MouseEvent, ReactNode } from 'react';
import { Link } from 'wouter';
import { useTranslation } from 'react-i18next';
import { ConnectionStatus } from './ConnectionStatus.tsx';

interface LayoutProps {
  nav: ReactNode;
  tools: ReactNode;
  children: ReactNode;
}

function focusMain(event: MouseEvent<HTMLAnchorElement>): void {
  const main = document.getElementById('main');
  if (!main) return;
  event.preventDefault();
  main.focus();
  main.scrollIntoView();
}

/** The page frame: skip link, header with navigation and tools, and the main landmark. */
export function Layout({ nav, tools, children }: LayoutProps) {
  const { t } = useTranslation();
  return (
    <>
      <a className="skip-link" href="#main" onClick={focusMain}>
        {t('app.skipToContent')}
      </a>
      <header className="app-header">
        <div className="app-header__inner">
          <Link href="/" className="app-name">
            {t('app.name')}
          </Link>
          {nav}
          <div className="app-header__tools">{tools}</div>
        </div>
      </header>
      <ConnectionStatus />
      <main id="main" tabIndex={-1} className="app-main">
        {children}
      </main>
    </>
  );
}
