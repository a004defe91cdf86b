import { isolateForeign, typedDir } from '../../lib/bidi.ts';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { milestoneStatuses } from '@jumelage/contracts/constants';
import { FilterSelect } from '../../components/FilterSelect.tsx';
import type { BoardFilters } from './filters.ts';
import type { OwnerDirectory } from './owners.ts';

interface MilestoneFiltersProps {
  filters: BoardFilters;
  owners: OwnerDirectory;
  isActive: boolean;
  onChange: (name: 'status' | 'owner' | 'overdue' | 'q', value: string | null) => void;
  onClear: () => void;
}

/** Search, status, owner and "overdue only"; every change is written to the URL at once. */
export function MilestoneFilters({
  filters,
  owners,
  isActive,
  onChange,
  onClear,
}: MilestoneFiltersProps) {
  const { t, i18n } = useTranslation('milestones');
  const id = useId();
  return (
    <form
      role="search"
      className="board-filters"
      aria-label={t('filters.label')}
      onSubmit={(event) => event.preventDefault()}
    >
      <div className="field board-filters__search">
        <label htmlFor={`${id}-q`}>{t('filters.search')}</label>
        <input
          id={`${id}-q`}
          type="search"
          dir={typedDir(filters.query)}
          value={filters.query}
          onChange={(event) => onChange('q', event.target.value)}
        />
      </div>
      <FilterSelect
        label={t('filters.status')}
        allLabel={t('filters.allStatuses')}
        value={filters.status}
        options={milestoneStatuses.map((status) => ({
          value: status,
          label: t(`status.${status}`),
        }))}
        onChange={(value) => onChange('status', value)}
      />
      <FilterSelect
        label={t('filters.owner')}
        allLabel={t('filters.allOwners')}
        value={filters.ownerId}
        options={[...owners].map(([userId, owner]) => ({
          value: userId,
          label: owner.municipality
            ? t('form.ownerOption', { name: owner.name, municipality: owner.municipality.name })
            : isolateForeign(owner.name, i18n.language),
        }))}
        onChange={(value) => onChange('owner', value)}
      />
      <label className="checkbox board-filters__overdue">
        <input
          type="checkbox"
          checked={filters.isOverdueOnly}
          onChange={(event) => onChange('overdue', event.target.checked ? '1' : null)}
        />
        {t('filters.overdueOnly')}
      </label>
      {isActive ? (
        <button type="button" className="button button--secondary" onClick={onClear}>
          {t('filters.clear')}
        </button>
      ) : null}
    </form>
  );
}
