import { Link, useLocation } from 'wouter';

export interface NavItem {
  href: string;
  label: string;
  /** Whether the item is the current section for a path; defaults to an exact match. */
  isCurrent?: (path: string) => boolean;
}

interface MainNavProps {
  label: string;
  items: NavItem[];
}

/** The site navigation; the current section is marked with aria-current. */
export function MainNav({ label, items }: MainNavProps) {
  const [location] = useLocation();
  return (
    <nav aria-label={label} className="main-nav">
      <ul>
        {items.map(({ href, label: text, isCurrent }) => {
          const current = isCurrent ? isCurrent(location) : location === href;
          return (
            <li key={href}>
              <Link href={href} aria-current={current ? 'page' : undefined}>
                {text}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
