import type { ReactNode } from 'react';

interface EmptyStateProps {
  title: string;
  children?: ReactNode;
  /** The next step, usually a link or button. */
  action?: ReactNode;
  /** 3 inside a section that has its own level-2 heading (a partnership's tab). */
  level?: 2 | 3;
}

export function EmptyState({ title, children, action, level = 2 }: EmptyStateProps) {
  const Heading = level === 3 ? 'h3' : 'h2';
  return (
    <div className="empty-state">
      <Heading>{title}</Heading>
      {children ? <div className="empty-state__text">{children}</div> : null}
      {action ? <div className="empty-state__action">{action}</div> : null}
    </div>
  );
}
