import type { OverviewSort } from '@jumelage/contracts/overview';
import type { SortDirection } from './overview.api.ts';

interface SortHeaderProps {
  sort: OverviewSort;
  current: OverviewSort;
  /** The direction the current column sorts in. */
  direction: SortDirection;
  label: string;
  onSort: (sort: OverviewSort) => void;
}

/**
 * A column header that orders the table; pressed again, the other way round. aria-sort tells the
 * current order and its direction.
 */
export function SortHeader({ sort, current, direction, label, onSort }: SortHeaderProps) {
  const isCurrent = sort === current;
  return (
    <th scope="col" aria-sort={isCurrent ? direction : 'none'}>
      <button
        type="button"
        className={`sort-button${isCurrent ? ' sort-button--current' : ''}`}
        onClick={() => onSort(sort)}
      >
        {label}
        <span aria-hidden="true" className="sort-button__icon">
          {isCurrent ? (direction === 'ascending' ? '▲' : '▼') : '↕'}
        </span>
      </button>
    </th>
  );
}
